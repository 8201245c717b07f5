import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../i18n/en';
import { CaseTable, type CaseRow } from './CaseTable';

const rows: CaseRow[] = [
  { id: 'a', caseNumber: 'T-1', receivedAt: '2026-12-01T02:00:00Z', consumerName: '张*', subjectName: '洗衣机',
    category: 'PRODUCT_QUALITY', urgency: 'URGENT', status: 'TRIAGED', departmentId: 'd1', assigneeUserId: null },
  { id: 'b', caseNumber: 'T-2', receivedAt: '2026-12-01T03:00:00Z', subjectName: 'Kettle', category: null, urgency: null,
    status: 'RECEIVED', departmentId: null, highlight: 'the <em>lid</em> <b>cracked</b>' },
];

function table(props: Partial<Parameters<typeof CaseTable>[0]> = {}) {
  const onChoose = vi.fn();
  const onOpen = vi.fn();
  render(<CaseTable rows={rows} selected={1} chosen={new Set()} timeZone="Asia/Shanghai" loading={false}
    departmentName={(id) => (id ? 'Product' : '—')} onChoose={onChoose} onOpen={onOpen} {...props} />);
  return { onChoose, onOpen };
}

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } } });
});
afterEach(cleanup);

describe('the case table', () => {
  it('shows each case with its fields in the reader language and the tenant time zone', () => {
    table();
    const first = screen.getByText('T-1').closest('tr')!;
    expect(first.textContent).toContain('01/12/2026, 10:00');
    expect(first.textContent).toContain('Product quality');
    expect(first.querySelector('.tag-red')?.textContent).toBe('Urgent');
    expect(first.querySelector('[data-status="TRIAGED"]')?.textContent).toBe('Triaged');
    expect(first.textContent).toContain('Unassigned');
  });

  it('marks the selected row and shows search highlights as marks, never as markup', () => {
    table();
    const second = screen.getByText('T-2').closest('tr')!;
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(second.querySelector('mark')?.textContent).toBe('lid');
    expect(second.querySelector('b')).toBeNull();
    expect(second.textContent).toContain('cracked');
  });

  it('chooses one case, or every case of the page from the header', () => {
    const { onChoose, onOpen } = table();
    fireEvent.click(screen.getByRole('checkbox', { name: 'T-1' }));
    expect(onChoose).toHaveBeenLastCalledWith(['a'], true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Choose every case on this page' }));
    expect(onChoose).toHaveBeenLastCalledWith(['a', 'b'], true);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('shows the header box half-checked when some cases are chosen, and unchooses all when all are', () => {
    cleanup();
    table({ chosen: new Set(['a']) });
    expect((screen.getByRole('checkbox', { name: 'Choose every case on this page' }) as HTMLInputElement).indeterminate).toBe(true);
    cleanup();
    const { onChoose } = table({ chosen: new Set(['a', 'b']) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Choose every case on this page' }));
    expect(onChoose).toHaveBeenLastCalledWith(['a', 'b'], false);
  });

  it('opens a case from its row or its number', () => {
    const { onOpen } = table();
    fireEvent.click(screen.getByText('Kettle'));
    expect(onOpen).toHaveBeenLastCalledWith(rows[1], 1);
    fireEvent.click(screen.getByRole('link', { name: 'T-1' }));
    expect(onOpen).toHaveBeenLastCalledWith(rows[0], 0);
  });

  it('says when there is nothing to show', () => {
    table({ rows: [] });
    expect(screen.getByText('No cases here.')).toBeTruthy();
  });
});
