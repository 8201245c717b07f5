import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummary } from '../api/client';
import { formatInstant } from '../lib/time';
import { DueTag } from './DueTag';
import { StatusTag } from './StatusTag';

/** A row of the list: the list API's summary, or a search hit shown the same way. */
export interface CaseRow {
  id: string;
  caseNumber: string;
  receivedAt: string;
  consumerName?: string;
  subjectName?: string;
  category: string | null;
  urgency: string | null;
  status: string;
  departmentId: string | null;
  assigneeUserId?: string | null;
  nextDue?: ComplaintSummary['nextDue'] | null;
  highlight?: string;
}

/** Search highlights come as HTML with <em> around the matches: shown as marks, everything else as text. */
export function Highlighted({ html }: { html: string }) {
  const parts = html.split(/(<em>.*?<\/em>)/g);
  return <>{parts.map((p, i) => (p.startsWith('<em>') ? <mark key={i}>{p.slice(4, -5)}</mark>
    : <span key={i}>{p.replace(/<[^>]*>/g, '')}</span>))}</>;
}

interface Props {
  rows: CaseRow[];
  selected: number;
  chosen: ReadonlySet<string>;
  timeZone: string;
  departmentName: (id: string | null) => string;
  onChoose: (ids: string[], chosen: boolean) => void;
  onOpen: (row: CaseRow, index: number) => void;
  loading: boolean;
}

/**
 * The case list as a plain table: fifty rows of text and tags, each row rendered again only when its own data or
 * selection changes. Columns that matter less step aside on narrower screens; on a phone each row becomes a card.
 */
export function CaseTable({ rows, selected, chosen, timeZone, departmentName, onChoose, onOpen, loading }: Props) {
  const { t, i18n } = useTranslation();
  const all = rows.length > 0 && rows.every((r) => chosen.has(r.id));
  const some = !all && rows.some((r) => chosen.has(r.id));
  const header = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (header.current) header.current.indeterminate = some;
  }, [some]);
  // one object per language, so that the memoised rows see the same labels from one render to the next
  const labels = useMemo(() => ({
    received: t('list.received'), consumer: t('list.consumer'), subject: t('list.subject'), category: t('list.category'),
    urgency: t('list.urgency'), status: t('list.status'), department: t('list.department'), assignee: t('list.assignee'),
    due: t('list.due'),
  }), [t]);
  return (
    <div className="case-table-wrap" aria-busy={loading}>
      <table className="case-table">
        <thead>
          <tr>
            <th className="pick">
              <input type="checkbox" ref={header} checked={all} aria-label={t('list.chooseAll')} disabled={rows.length === 0}
                onChange={(e) => onChoose(rows.map((r) => r.id), e.target.checked)} />
            </th>
            <th>{t('list.caseNumber')}</th>
            <th className="from-md">{labels.received}</th>
            <th className="from-lg">{labels.consumer}</th>
            <th>{labels.subject}</th>
            <th className="from-lg">{labels.category}</th>
            <th className="from-lg">{labels.urgency}</th>
            <th>{labels.status}</th>
            <th className="from-md">{labels.department}</th>
            <th className="from-xl">{labels.assignee}</th>
            <th>{labels.due}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr className="empty"><td colSpan={11}>{loading ? t('common.loading') : t('list.empty')}</td></tr>
          )}
          {rows.map((r, index) => (
            <CaseTableRow key={r.id} row={r} index={index} selected={index === selected} chosen={chosen.has(r.id)}
              labels={labels} received={formatInstant(r.receivedAt, timeZone, i18n.language)}
              department={departmentName(r.departmentId)}
              category={r.category ? t(`category.${r.category}`) : '—'}
              urgency={r.urgency ? t(`urgency.${r.urgency}`) : '—'}
              assignee={r.assigneeUserId ?? t('common.unassigned')}
              onChoose={onChoose} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: CaseRow;
  index: number;
  selected: boolean;
  chosen: boolean;
  labels: Record<string, string>;
  received: string;
  department: string;
  category: string;
  urgency: string;
  assignee: string;
  onChoose: (ids: string[], chosen: boolean) => void;
  onOpen: (row: CaseRow, index: number) => void;
}

const CaseTableRow = memo(function CaseTableRow({ row: r, index, selected, chosen, labels, received, department, category,
  urgency, assignee, onChoose, onOpen }: RowProps) {
  return (
    <tr data-row-key={r.id} data-case-number={r.caseNumber} aria-selected={selected}
      className={selected ? 'row-selected' : undefined} onClick={() => onOpen(r, index)}>
      <td className="pick" onClick={(e) => e.stopPropagation()}>
        <input type="checkbox" checked={chosen} aria-label={r.caseNumber} onChange={(e) => onChoose([r.id], e.target.checked)} />
      </td>
      <td className="case-number">
        <a href={`/console/cases/${r.id}`} onClick={(e) => { e.preventDefault(); e.stopPropagation(); onOpen(r, index); }}>{r.caseNumber}</a>
      </td>
      <td className="from-md" data-label={labels.received}>{received}</td>
      <td className="from-lg" data-label={labels.consumer}>{r.consumerName}</td>
      <td className="subject" data-label={labels.subject}>
        <div>{r.subjectName}</div>
        {r.highlight && <div className="highlight"><Highlighted html={r.highlight} /></div>}
      </td>
      <td className="from-lg" data-label={labels.category}>{category}</td>
      <td className="from-lg" data-label={labels.urgency}>
        {r.urgency === 'URGENT' ? <span className="tag tag-red">{urgency}</span> : urgency}
      </td>
      <td data-label={labels.status}><StatusTag status={r.status} /></td>
      <td className="from-md" data-label={labels.department}>{department}</td>
      <td className="from-xl" data-label={labels.assignee}>{assignee}</td>
      <td data-label={labels.due}>{r.nextDue ? <DueTag dueAt={r.nextDue.dueAt} state={r.nextDue.state} metric={r.nextDue.metric} /> : '—'}</td>
    </tr>
  );
});
