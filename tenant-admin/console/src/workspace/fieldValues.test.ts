import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { en } from '../i18n/en';
import { fieldValue, timelineSummary } from './fieldValues';

await i18n.init({ lng: 'en', resources: { en: { translation: en } } });

describe('fieldValue', () => {
  const department = (id: string) => (id === 'd1' ? 'Product' : '?');
  const time = (iso: string) => `at ${iso.slice(0, 10)}`;

  it('reads enum values, departments and instants in the reader’s words', () => {
    expect(fieldValue('status', 'IN_PROGRESS', i18n.t, department, time)).toBe('In progress');
    expect(fieldValue('category', 'PRODUCT_QUALITY', i18n.t, department, time)).toBe('Product quality');
    expect(fieldValue('waitingKind', 'WAITING_ON_CONSUMER', i18n.t, department, time)).toBe('Waiting on the consumer');
    expect(fieldValue('departmentId', 'd1', i18n.t, department, time)).toBe('Product');
    expect(fieldValue('closedAt', '2026-12-01T02:00:00Z', i18n.t, department, time)).toBe('at 2026-12-01');
  });

  it('keeps what it does not know, and shows no value as a dash', () => {
    expect(fieldValue('status', 'SOMETHING_NEW', i18n.t, department, time)).toBe('SOMETHING_NEW');
    expect(fieldValue('resolution', '已更换', i18n.t, department, time)).toBe('已更换');
    expect(fieldValue('assigneeUserId', null, i18n.t, department, time)).toBe('—');
  });
});

describe('timelineSummary', () => {
  const entry = (type: string, summary: string | null, actor = 'chen') => ({ type, summary, actor });

  it('says the server’s own summaries again in the reader’s language', () => {
    expect(timelineSummary(entry('RECEIVED', 'received via phone'), i18n.t)).toBe('Received by Phone');
    expect(timelineSummary(entry('TRANSFERRED', 'routed by rule 电器', 'system'), i18n.t)).toBe('Routed by the rule “电器”');
    expect(timelineSummary(entry('FOLLOW_UP_RECORDED', 'UNREACHABLE (closed: not reachable)'), i18n.t))
      .toBe('Unreachable · closed: not reachable');
    expect(timelineSummary(entry('FOLLOW_UP_RECORDED', 'SATISFIED: 很满意'), i18n.t)).toBe('Satisfied · 很满意');
  });

  it('leaves out what the type and the changed fields already say', () => {
    expect(timelineSummary(entry('SLA_BREACHED', 'FIRST_CONTACT due 2026-12-01T02:00:00Z', 'system'), i18n.t)).toBeUndefined();
    expect(timelineSummary(entry('RESOLVED', 'resolved on the spot'), i18n.t)).toBeUndefined();
    expect(timelineSummary(entry('TRIAGED', null), i18n.t)).toBeUndefined();
  });

  it('shows what people wrote as they wrote it', () => {
    expect(timelineSummary(entry('TRANSFERRED', 'routed by rule of thumb: 请产品部看看'), i18n.t)).toBe('routed by rule of thumb: 请产品部看看');
    expect(timelineSummary(entry('PROGRESS_RECORDED', '已联系厂家'), i18n.t)).toBe('已联系厂家');
  });
});
