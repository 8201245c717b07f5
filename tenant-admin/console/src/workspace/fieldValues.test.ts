import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { en } from '../i18n/en';
import { fieldValue } from './fieldValues';

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
