import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { ImprovementNav } from '../improvement/ImprovementNav';
import { useDepartmentName, useWorkspace } from '../workspace/WorkspaceContext';

const MeasureDialog = lazy(() => import('./MeasureDialog'));

type Measure = Schemas['MeasureView'];
type Status = Measure['status'];
const COLUMNS: Status[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];

/**
 * Improvement measures as a board, OPEN → IN_PROGRESS → DONE → VERIFIED: each card with its owner, due date (overdue
 * marked) and linked cases, and the moves the reader may make (the server says which: `nextStatuses`).
 */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { supervisor } = useWorkspace();
  const [editing, setEditing] = useState<Measure | 'new'>();
  const [error, setError] = useState<string>();
  const columns = useQueries({
    queries: COLUMNS.map((status) => ({
      queryKey: ['measures', status],
      queryFn: () => must(api.GET('/api/v1/improvement-measures', { params: { query: { status, size: 100 } } })),
    })),
  });

  const move = async (m: Measure, status: Status) => {
    setError(undefined);
    try {
      await must(api.POST('/api/v1/improvement-measures/{id}/status', {
        params: { path: { id: m.id }, header: ifMatch(m.version) }, body: { status } }));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 412 ? t('measures.stale') : e instanceof Error ? e.message : String(e));
    } finally {
      void queryClient.invalidateQueries({ queryKey: ['measures'] });
    }
  };

  return (
    <section aria-labelledby="measures-title">
      <ImprovementNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="measures-title" style={{ margin: 0 }}>{t('measures.board')}</Typography.Title>
        {supervisor && <Button type="primary" onClick={() => setEditing('new')}>{t('measures.new')}</Button>}
      </Space>
      {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(undefined) }} style={{ marginBottom: 12 }} />}
      <div className="board">
        {COLUMNS.map((status, i) => {
          const page = columns[i].data;
          return (
            <section key={status} className="board-column" aria-labelledby={`column-${status}`} data-column={status}>
              <h2 id={`column-${status}`}>{t(`measures.status.${status}`)} <span className="queue-count">{page?.totalItems ?? '…'}</span></h2>
              {page?.items.length === 0 && <p className="board-empty">{t(`measures.empty.${status}`)}</p>}
              {page?.items.map((m) => (
                <MeasureCard key={m.id} measure={m} onMove={(next) => void move(m, next)}
                  onEdit={supervisor ? () => setEditing(m) : undefined} />
              ))}
            </section>
          );
        })}
      </div>
      {editing && (
        <Suspense fallback={null}>
          <MeasureDialog measure={editing === 'new' ? undefined : editing}
            seed={editing === 'new' ? { title: '', finding: '', findingType: 'CASES' } : undefined}
            onClose={() => setEditing(undefined)} onSaved={() => setEditing(undefined)} />
        </Suspense>
      )}
    </section>
  );
}

function MeasureCard({ measure: m, onMove, onEdit }: { measure: Measure; onMove: (s: Status) => void; onEdit?: () => void }) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  const owner = [m.ownerUserId, m.ownerDepartmentId ? departmentName(m.ownerDepartmentId) : null].filter(Boolean).join(' · ');
  return (
    <Card size="small" className="measure-card" data-measure={m.title} title={<span className="measure-title">{m.title}</span>}
      extra={onEdit && <Button type="link" size="small" onClick={onEdit} aria-label={`${t('measures.edit')} ${m.title}`}>{t('measures.edit')}</Button>}>
      <p className="measure-finding">{m.finding}</p>
      <p className="measure-meta">
        <span>{t('measures.owner')}: {owner || '—'}</span>
        <span>{t('measures.due')}: {m.dueDate} {m.overdue && <span className="tag tag-red" data-overdue>{t('measures.overdue')}</span>}</span>
      </p>
      {m.caseIds.length > 0 && (
        <p className="measure-meta">
          {t('measures.cases', { count: m.caseIds.length })}:{' '}
          {m.caseIds.slice(0, 5).map((id, i) => <span key={id}>{i > 0 && ', '}<Link to={`/cases/${id}`}>#{i + 1}</Link></span>)}
        </p>
      )}
      {m.nextStatuses.length > 0 && (
        <Space wrap size={4}>
          {m.nextStatuses.map((next) => (
            <Button key={next} size="small" type={COLUMNS.indexOf(next) > COLUMNS.indexOf(m.status) ? 'primary' : 'default'}
              onClick={() => onMove(next)}>
              {COLUMNS.indexOf(next) > COLUMNS.indexOf(m.status) ? t(`measures.moveTo.${next}`)
                : t('measures.moveBack', { status: t(`measures.status.${next}`) })}
            </Button>
          ))}
        </Space>
      )}
    </Card>
  );
}
