import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { today } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { figure } from './figures';

/** The reader's own scorecard for this month, small, on the home screen (loaded after the case list). */
export default function MyScorecard() {
  const { t } = useTranslation();
  const api = useApi();
  const { userId, tenant } = useWorkspace();
  const now = today(tenant.timeZone);
  const query = { from: `${now.slice(0, 8)}01`, to: now };
  const cards = useQuery({ queryKey: ['scorecards', 'agents', query], staleTime: 300_000,
    queryFn: () => must(api.GET('/api/v1/scorecards/agents', { params: { query } })) });
  const mine = cards.data?.cards.find((c) => c.subject === userId);
  if (!cards.data) return null;
  return (
    <section className="my-scorecard" aria-labelledby="my-scorecard-title" data-testid="my-scorecard">
      <h2 id="my-scorecard-title"><Link to="/scorecards">{t('scorecards.myMonth')}</Link></h2>
      {mine ? (
        <dl>
          <div><dt>{t('scorecards.handled')}</dt><dd data-figure="handled">{mine.handled}</dd></div>
          <div><dt>{t('scorecards.onTime')}</dt><dd data-figure="onTime">{figure(mine.onTimeShare, 'share')}</dd></div>
          <div><dt>{t('scorecards.csat')}</dt><dd data-figure="csat">{figure(mine.csat, 'share')}</dd></div>
          <div><dt>{t('scorecards.reopen')}</dt><dd data-figure="reopen">{figure(mine.reopenRate, 'share')}</dd></div>
        </dl>
      ) : <p>{t('scorecards.noneYet')}</p>}
    </section>
  );
}
