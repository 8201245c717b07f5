import { lazy, Suspense } from 'react';
import { Menu } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { SavedViewList } from './SavedViews';

// the reader's own scorecard: its own chunk, after the queues
const MyScorecard = lazy(() => import('../improvement/MyScorecard'));

export const QUEUES = ['MINE', 'MY_DEPARTMENTS', 'UNASSIGNED', 'AWAITING_ACKNOWLEDGEMENT', 'AT_RISK', 'BREACHED',
  'FOLLOW_UP', 'RECENTLY_ENDED'] as const;

/** The queues with their live counts; the current one is the list's `queue` parameter. */
export function QueueRail({ onPick }: { onPick?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const counts = useQuery({
    queryKey: ['queues'],
    queryFn: () => must(api.GET('/api/v1/complaints/queues')),
    refetchInterval: 60_000,
  });
  const count = (q: string) => counts.data?.find((c) => c.queue === q)?.count;
  const current = params.get('queue') ?? (params.toString() === '' ? 'MINE' : 'ALL');
  return (
    <nav aria-label={t('queue.title')}>
      <Menu
        mode="inline"
        selectedKeys={[current]}
        onClick={({ key }) => {
          navigate(key === 'ALL' ? '/cases?queue=' : `/cases?queue=${key}`);
          onPick?.();
        }}
        items={[...QUEUES, 'ALL'].map((q) => ({
          key: q,
          label: (
            <span className="queue" data-queue={q}>
              <span className="queue-name">{t(`queue.${q}`)}</span>
              {q !== 'ALL' && (
                <span className={`queue-count${q === 'BREACHED' && count(q) ? ' breached' : q === 'AT_RISK' && count(q) ? ' at-risk' : ''}`}
                  data-count={count(q) ?? ''}>{count(q) ?? '…'}</span>
              )}
            </span>
          ),
        }))}
      />
      <SavedViewList onPick={onPick} />
      <Suspense fallback={null}><MyScorecard /></Suspense>
    </nav>
  );
}
