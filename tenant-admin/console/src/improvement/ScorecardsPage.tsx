import { useState } from 'react';
import { Card, Radio, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { addDays, addMonths, today } from '../lib/time';
import { useDepartmentName, useWorkspace } from '../workspace/WorkspaceContext';
import { figure } from './figures';
import { ImprovementNav } from './ImprovementNav';

type Card = Schemas['Scorecard'];
type Period = 'this-month' | 'last-month' | 'quarter';

/** The figures of one scorecard as table cells. */
export function ScorecardCells({ card }: { card: Card }) {
  return (
    <>
      <td>{card.handled}</td><td>{card.resolved}</td><td>{figure(card.onTimeShare, 'share')}</td>
      <td>{figure(card.averageHandlingHours, 'mean')}</td><td>{figure(card.csat, 'share')}</td>
      <td>{figure(card.averageSatisfaction, 'mean')}</td><td>{figure(card.reopenRate, 'share')}</td>
    </>
  );
}

export function ScorecardHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead><tr>
      <th>{first}</th><th>{t('scorecards.handled')}</th><th>{t('scorecards.resolved')}</th><th>{t('scorecards.onTime')}</th>
      <th>{t('scorecards.handlingHours')}</th><th>{t('scorecards.csat')}</th><th>{t('scorecards.satisfaction')}</th><th>{t('scorecards.reopen')}</th>
    </tr></thead>
  );
}

function range(period: Period, zone: string): { from: string; to: string } {
  const now = today(zone);
  const month = `${now.slice(0, 8)}01`;
  if (period === 'last-month') return { from: addMonths(month, -1), to: addDays(month, -1) };
  if (period === 'quarter') return { from: addMonths(month, -2), to: now };
  return { from: month, to: now };
}

/**
 * Scorecards: per agent (supervisors see every agent, an agent their own card) and per department, over this month,
 * last month or the last three months: cases handled and resolved, deadlines met, handling time, satisfaction, reopens.
 */
export default function ScorecardsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { supervisor, tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const [period, setPeriod] = useState<Period>('this-month');
  const query = range(period, tenant.timeZone);
  const agents = useQuery({ queryKey: ['scorecards', 'agents', query], queryFn: () => must(api.GET('/api/v1/scorecards/agents', { params: { query } })) });
  const departments = useQuery({ queryKey: ['scorecards', 'departments', query], enabled: supervisor,
    queryFn: () => must(api.GET('/api/v1/scorecards/departments', { params: { query } })) });

  const table = (cards: Card[] | undefined, first: string, name: (subject: string) => string, testId: string) => (
    cards && !cards.length ? <Typography.Text type="secondary">{t('scorecards.empty')}</Typography.Text> : (
      <div className="case-table-wrap">
        <table className="case-table" data-testid={testId}>
          <ScorecardHead first={first} />
          <tbody>{cards?.map((c) => <tr key={c.subject} data-subject={c.subject}><th scope="row">{name(c.subject)}</th><ScorecardCells card={c} /></tr>)}</tbody>
        </table>
      </div>
    )
  );

  return (
    <section aria-labelledby="scorecards-title">
      <ImprovementNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="scorecards-title" style={{ margin: 0 }}>{t('scorecards.title')}</Typography.Title>
        <Radio.Group optionType="button" value={period} onChange={(e) => setPeriod(e.target.value as Period)}
          options={(['this-month', 'last-month', 'quarter'] as const).map((p) => ({ value: p, label: t(`scorecards.periods.${p}`) }))} />
      </Space>
      <Typography.Paragraph type="secondary">{t('scorecards.range', query)}</Typography.Paragraph>
      <Card size="small" title={supervisor ? t('scorecards.agents') : t('scorecards.mine')}>
        {table(agents.data?.cards, t('scorecards.agent'), (s) => s, 'agent-scorecards')}
      </Card>
      {supervisor && (
        <Card size="small" title={t('scorecards.departments')} style={{ marginTop: 12 }}>
          {table(departments.data?.cards, t('scorecards.department'), (s) => departmentName(s), 'department-scorecards')}
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>{t('scorecards.note')}</Typography.Paragraph>
    </section>
  );
}
