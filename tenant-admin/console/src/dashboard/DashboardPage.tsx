import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Row, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { Chart, chartCsv, download, type ChartData } from '../lib/Chart';
import { startOfDay, today as todayIn } from '../lib/time';
import { useDepartmentName, useWorkspace } from '../workspace/WorkspaceContext';
import { AnomalyPanel } from './AnomalyPanel';
import { RecurringPanel } from './RecurringPanel';
import { OldestOpen } from './OldestOpen';
import { NONE, OTHER, periodEnd, rangeStart, receivedComparison, satisfactionChart, slaChart, trendChart, type GroupBy, type Interval } from './dashboardData';

const OPEN_STATUSES = ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'SOLUTION_PROPOSED', 'RESOLVED',
  'FOLLOW_UP_PENDING', 'REOPENED'] as const;
/** The list's filter of every open status. */
const OPEN_FILTER = OPEN_STATUSES.map((s) => `status=${s}`).join('&');
const INTERVALS: Interval[] = ['day', 'week', 'month', 'quarter'];
const GROUPS: GroupBy[] = ['category', 'channel', 'department', 'region', 'product'];
/** The list filters a chart's group maps to (the others are search filters). */
const LIST_FILTER: Partial<Record<GroupBy, string>> = { category: 'category', channel: 'channel', department: 'department' };

/**
 * The supervisor's dashboard: what is open and where, what came in against the period before, the deadlines at risk
 * and breached now, the trends by any dimension, and the regions (products, channels) that stand out. Every figure
 * leads to the cases behind it; the live stream keeps it current (its queries are under `complaints`).
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const [interval, setInterval] = useState<Interval>('day');
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  const [png, setPng] = useState<() => string>();
  const day = todayIn(tenant.timeZone);

  const queues = useQuery({ queryKey: ['queues'], queryFn: () => must(api.GET('/api/v1/complaints/queues')) });
  const open = useQuery({
    queryKey: ['complaints', 'dashboard', 'open'],
    queryFn: () => must(api.GET('/api/v1/search/complaints', { params: { query: { status: [...OPEN_STATUSES], size: 1 } } })),
  });
  const recent = useQuery({
    queryKey: ['complaints', 'dashboard', 'recent', day],
    queryFn: () => must(api.GET('/api/v1/analytics/trends', {
      params: { query: { interval: 'day', groupBy: 'channel', from: rangeStart(day, 'day'), to: day } } })),
  });
  const trends = useQuery({
    queryKey: ['complaints', 'dashboard', 'trends', interval, groupBy, day],
    queryFn: () => must(api.GET('/api/v1/analytics/trends', {
      params: { query: { interval, groupBy, from: rangeStart(day, interval), to: day } } })),
  });

  const count = (queue: string) => queues.data?.find((q) => q.queue === queue)?.count;
  const comparison = recent.data ? receivedComparison(recent.data.points, day) : undefined;

  const groupLabel = useCallback((key: string) => {
    if (key === '' || key === 'null') return t('dashboard.unknown');
    switch (groupBy) {
      case 'category': return t(`category.${key}`, { defaultValue: key });
      case 'channel': return t(`channel.${key}`, { defaultValue: key });
      case 'department': return departmentName(key);
      default: return key;
    }
  }, [groupBy, t, departmentName]);
  const periodLabel = useCallback((start: string) => {
    if (interval === 'month') return start.slice(0, 7);
    if (interval === 'quarter') return `${start.slice(0, 4)} Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
    return start.slice(5);
  }, [interval]);
  const chart: ChartData | undefined = useMemo(() => trends.data
    && trendChart(trends.data.points, groupLabel, periodLabel, t('dashboard.other'), t(`dashboard.none.${groupBy}`)), [trends.data, groupLabel, periodLabel, t]);

  const openTo = useCallback((index: number, key: string) => {
    const point = trends.data?.points[index];
    // no list filter says "without a category": those bars are read, not opened
    if (!point || key === NONE) return;
    const query = new URLSearchParams({ queue: '' });
    query.set('receivedFrom', startOfDay(point.start, tenant.timeZone));
    query.set('receivedTo', startOfDay(periodEnd(point.start, interval), tenant.timeZone));
    if (key !== OTHER && key !== '') query.set(LIST_FILTER[groupBy] ?? groupBy, key);
    navigate(`/cases?${query}`);
  }, [trends.data, tenant.timeZone, interval, groupBy, navigate]);

  const sla = useMemo(() => trends.data && slaChart(trends.data.points, (m) => t(`metric.${m}`), periodLabel), [trends.data, periodLabel, t]);
  const satisfaction = useMemo(() => trends.data && satisfactionChart(trends.data.points, t('dashboard.averageSatisfaction'), periodLabel),
    [trends.data, periodLabel, t]);
  // a point of the deadline or satisfaction trend opens the cases received in that period
  const openPeriod = useCallback((index: number) => openTo(index, ''), [openTo]);

  // the hotline today: the share of answered calls picked up within three rings
  const rings = useQuery({ queryKey: ['calls', 'metrics', 'today'], refetchInterval: 60_000,
    queryFn: () => must(api.GET('/api/v1/calls/metrics', { params: { query: { from: todayIn(tenant.timeZone), to: todayIn(tenant.timeZone) } } })) });

  const facet = (name: string) => open.data?.facets?.[name] ?? [];
  const byStatus: ChartData = {
    categories: OPEN_STATUSES.map((s) => t(`status.${s}`)),
    series: [{ key: 'count', name: t('dashboard.cases'), values: OPEN_STATUSES.map((s) => facet('status').find((f) => f.value === s)?.count ?? 0) }],
  };
  const departments = facet('department').filter((f) => f.count > 0);
  const withoutDepartment = Math.max(0, (open.data?.total ?? 0) - departments.reduce((sum, f) => sum + f.count, 0));
  const byDepartment: ChartData = {
    categories: [...departments.map((f) => departmentName(f.value)), ...(withoutDepartment ? [t('dashboard.noDepartment')] : [])],
    series: [{ key: 'count', name: t('dashboard.cases'),
      values: [...departments.map((f) => f.count), ...(withoutDepartment ? [withoutDepartment] : [])] }],
  };

  const number = new Intl.NumberFormat(i18n.language);
  const tile = (label: string, value: number | null | undefined, to?: string, tone?: 'danger' | 'warning', before?: number, note?: string,
    suffix = '') => (
    <Card size="small" className="tile">
      <div className="tile-label">{label}</div>
      <div className={`tile-value${tone && value ? ` ${tone}` : ''}`} data-tile={label}>
        {value === null ? '–' : to && value !== undefined ? <Link to={to}>{number.format(value)}{suffix}</Link>
          : value === undefined ? '…' : `${number.format(value)}${suffix}`}
      </div>
      {before !== undefined && <div className="tile-before">{t('dashboard.before', { formatted: number.format(before) })}</div>}
      {note && <div className="tile-before">{note}</div>}
    </Card>
  );

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <Typography.Title level={4} id="dashboard-title" style={{ marginTop: 0 }}>{t('dashboard.title')}</Typography.Title>
      <div className="tiles">
        {tile(t('dashboard.receivedToday'), comparison?.today, undefined, undefined, comparison?.yesterday)}
        {tile(t('dashboard.receivedThisWeek'), comparison?.thisWeek, undefined, undefined, comparison?.lastWeek)}
        {tile(t('dashboard.open'), open.data?.total, `/cases?queue=&${OPEN_FILTER}`)}
        {tile(t('queue.UNASSIGNED'), count('UNASSIGNED'), '/cases?queue=UNASSIGNED')}
        {tile(t('queue.AT_RISK'), count('AT_RISK'), '/cases?queue=AT_RISK', 'warning')}
        {tile(t('queue.BREACHED'), count('BREACHED'), '/cases?queue=BREACHED', 'danger')}
        {tile(t('dashboard.threeRings'), !rings.data ? undefined : !rings.data.answered || rings.data.withinThreeRingsShare == null ? null
          : Math.round(rings.data.withinThreeRingsShare * 100), '/calls', undefined, undefined,
        rings.data && (rings.data.answered ? t('dashboard.threeRingsOf', { count: rings.data.answered }) : t('dashboard.noCallsToday')), '%')}
      </div>
      {(open.isError || trends.isError || recent.isError) && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('common.error')}
          description={String(open.error ?? trends.error ?? recent.error)} />
      )}
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.openByStatus')}>
            <Chart title={t('dashboard.openByStatus')} data={byStatus} height={240}
              onPick={(i) => navigate(`/cases?queue=&status=${OPEN_STATUSES[i]}`)} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.openByDepartment')}>
            {byDepartment.categories.length ? (
              <Chart title={t('dashboard.openByDepartment')} data={byDepartment} height={240}
                onPick={(i) => navigate(departments[i] ? `/cases?queue=&department=${departments[i].value}&${OPEN_FILTER}`
                  : '/cases?queue=UNASSIGNED')} />
            ) : <Typography.Paragraph type="secondary">{t('dashboard.noOpen')}</Typography.Paragraph>}
          </Card>
        </Col>
      </Row>
      <OldestOpen />
      <Card size="small" style={{ marginTop: 12 }} title={t('dashboard.trends')} extra={(
        <Space wrap>
          <Select size="small" value={interval} onChange={setInterval} aria-label={t('dashboard.interval')} style={{ width: 110 }}
            options={INTERVALS.map((v) => ({ value: v, label: t(`dashboard.intervals.${v}`) }))} />
          <Select size="small" value={groupBy} onChange={setGroupBy} aria-label={t('dashboard.groupBy')} style={{ width: 120 }}
            options={GROUPS.map((v) => ({ value: v, label: t(`dashboard.groups.${v}`) }))} />
          <Button size="small" disabled={!chart} onClick={() => chart && download(`trends-${interval}-${groupBy}.csv`,
            chartCsv(chart, t('dashboard.period')))}>CSV</Button>
          <Button size="small" disabled={!png} onClick={() => png && download(`trends-${interval}-${groupBy}.png`, png())}>PNG</Button>
        </Space>
      )}>
        {chart && (chart.series.length ? (
          <>
            <Chart title={t('dashboard.trendsOf', { interval: t(`dashboard.intervals.${interval}`), group: t(`dashboard.groups.${groupBy}`) })}
              data={chart} onPick={openTo} onReady={(f) => setPng(() => f)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dashboard.clickHint')}</Typography.Text>
          </>
        ) : <Typography.Paragraph type="secondary">{t('dashboard.noCases')}</Typography.Paragraph>)}
      </Card>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <LineTrend title={t('dashboard.slaTrend', { interval: t(`dashboard.intervals.${interval}`) })} data={sla} unit="%"
            file={`deadlines-${interval}`} empty={t('dashboard.noDeadlines')} onPick={openPeriod} />
        </Col>
        <Col xs={24} xl={12}>
          <LineTrend title={t('dashboard.satisfactionTrend', { interval: t(`dashboard.intervals.${interval}`) })} data={satisfaction}
            file={`satisfaction-${interval}`} empty={t('dashboard.noSatisfaction')} onPick={openPeriod} />
        </Col>
      </Row>
      <AnomalyPanel />
      <RecurringPanel />
    </section>
  );
}

/** A line chart of the trends (deadlines met, satisfaction) in a card with its CSV and PNG, or what to expect if empty. */
function LineTrend({ title, data, unit, file, empty, onPick }: { title: string; data?: ChartData; unit?: string; file: string;
  empty: string; onPick: (index: number) => void }) {
  const { t } = useTranslation();
  const [png, setPng] = useState<() => string>();
  return (
    <Card size="small" title={title} extra={(
      <Space>
        <Button size="small" disabled={!data?.series.length} onClick={() => data && download(`${file}.csv`, chartCsv(data, t('dashboard.period')))}>CSV</Button>
        <Button size="small" disabled={!png} onClick={() => png && download(`${file}.png`, png())}>PNG</Button>
      </Space>
    )}>
      {data && (data.series.length
        ? <Chart title={title} data={data} kind="line" stacked={false} unit={unit} height={260} onPick={onPick} onReady={(f) => setPng(() => f)} />
        : <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>)}
    </Card>
  );
}
