import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Radio, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Api, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { Chart, download, type ChartData } from '../lib/Chart';
import { addMonths, formatInstant, today } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ReportSubscribers } from './ReportSubscribers';

type Figures = Schemas['Figures'];
type Report = Schemas['EvaluationReport'];
type Kind = 'month' | 'quarter' | 'range';
type Format = 'pdf' | 'csv';
const MIME: Record<Format, string> = { pdf: 'application/pdf', csv: 'text/csv' };

/** Fetches a report (or an archived one) as a PDF or CSV file and hands it to the browser as a download. */
async function downloadReport(api: Api, format: Format, name: string, query: { period?: string; from?: string; to?: string },
                              archived?: string) {
  const headers = { Accept: MIME[format] };
  const answer = archived
    ? await api.GET('/api/v1/reports/evaluation/archive/{id}', { params: { path: { id: archived } }, headers, parseAs: 'blob' })
    : await api.GET('/api/v1/reports/evaluation', { params: { query }, headers, parseAs: 'blob' });
  if (!answer.response.ok || !answer.data) {
    const text = answer.error ? JSON.stringify(answer.error) : '';
    throw new ApiError({ status: answer.response.status, title: text || `HTTP ${answer.response.status}` });
  }
  download(`${name}.${format}`, answer.data as Blob);
}

/**
 * The evaluation report of a month, a quarter or any range, as the policy's evaluation chapter reads it: volume,
 * handling time, first-contact resolution, reopen rate, satisfaction and deadline attainment against the period before
 * and the same period a year ago, per day and per category, channel, department, region and product; downloads as PDF
 * and CSV; the archive of kept reports and, for tenant admins, who receives them.
 */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { tenant, roles } = useWorkspace();
  const day = today(tenant.timeZone);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${day.slice(0, 7)}-01`, -i - 1).slice(0, 7));
  const quarters = useMemo(() => {
    const out: string[] = [];
    let y = Number(day.slice(0, 4));
    let q = Math.floor((Number(day.slice(5, 7)) - 1) / 3); // the quarter before this one (0-based this quarter)
    for (let i = 0; i < 8; i++) {
      if (q === 0) { y -= 1; q = 4; }
      out.push(`${y}-Q${q}`);
      q -= 1;
    }
    return out;
  }, [day]);
  const [kind, setKind] = useState<Kind>('month');
  const [month, setMonth] = useState(months[0]);
  const [quarter, setQuarter] = useState(quarters[0]);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [error, setError] = useState<string>();
  const query = kind === 'month' ? { period: month } : kind === 'quarter' ? { period: quarter }
    : range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : undefined;

  const report = useQuery({
    queryKey: ['reports', query],
    enabled: !!query,
    // JSON (the operation also answers PDF, CSV and HTML, by Accept)
    queryFn: () => must(api.GET('/api/v1/reports/evaluation', { params: { query: query! } })) as Promise<Report>,
  });
  const archive = useQuery({ queryKey: ['reports', 'archive'], queryFn: () => must(api.GET('/api/v1/reports/evaluation/archive')) });
  const name = report.data ? `evaluation-${tenant.slug}-${report.data.period}` : 'evaluation';
  const fetchFile = (format: Format, archived?: { id: string; period: string }) => {
    setError(undefined);
    const file = archived ? `evaluation-${tenant.slug}-${archived.period}` : name;
    downloadReport(api, format, file, query ?? {}, archived?.id).catch((e) => setError(e instanceof Error ? e.message : String(e)));
  };

  const r = report.data;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  // the report leaves a figure out (null) where nothing measures it, e.g. satisfaction without answered surveys
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : percent.format(v));
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : decimal.format(v));
  const figureRows: [string, (f: Figures) => string][] = [
    [t('reports.volume'), (f) => String(f.volume)],
    [t('reports.handlingHours'), (f) => num(f.averageHandlingBusinessHours)],
    [t('reports.firstContact'), (f) => pct(f.firstContactResolutionRate)],
    [t('reports.reopen'), (f) => pct(f.reopenRate)],
    [t('reports.csat'), (f) => pct(f.csat)],
    [t('reports.satisfaction'), (f) => num(f.averageSatisfaction)],
    [t('reports.response'), (f) => pct(f.responseRate)],
  ];
  const perDay: ChartData | undefined = r && {
    categories: Object.keys(r.current.perDay).map((d) => d.slice(5)),
    series: [{ key: 'volume', name: t('dashboard.cases'), values: Object.values(r.current.perDay) }],
  };
  const compare = (label: (k: string) => string, pick: (f: Figures) => Record<string, number>): ChartData | undefined => {
    if (!r) return undefined;
    const keys = [...new Set([...Object.keys(pick(r.current)), ...Object.keys(pick(r.previous))])]
      .sort((a, b) => (pick(r.current)[b] ?? 0) - (pick(r.current)[a] ?? 0)).slice(0, 12);
    return { categories: keys.map(label), series: [
      { key: 'current', name: t('reports.current'), values: keys.map((k) => pick(r.current)[k] ?? 0) },
      { key: 'previous', name: t('reports.previous'), values: keys.map((k) => pick(r.previous)[k] ?? 0) },
    ] };
  };

  return (
    <section aria-labelledby="reports-title">
      <Typography.Title level={4} id="reports-title" style={{ marginTop: 0 }}>{t('reports.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group optionType="button" value={kind} onChange={(e) => setKind(e.target.value)}
          options={(['month', 'quarter', 'range'] as const).map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))} />
        {kind === 'month' && <Select value={month} onChange={setMonth} style={{ width: 120 }} aria-label={t('reports.kind.month')}
          options={months.map((m) => ({ value: m, label: m }))} />}
        {kind === 'quarter' && <Select value={quarter} onChange={setQuarter} style={{ width: 120 }} aria-label={t('reports.kind.quarter')}
          options={quarters.map((q) => ({ value: q, label: q }))} />}
        {kind === 'range' && <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />}
        <Button disabled={!r} onClick={() => fetchFile('pdf')} data-testid="report-pdf">PDF</Button>
        <Button disabled={!r} onClick={() => fetchFile('csv')} data-testid="report-csv">CSV</Button>
      </Space>
      {(error || report.isError) && <Alert type="error" showIcon title={error ?? String(report.error)} style={{ marginBottom: 12 }} />}
      {r && (
        <>
          <Card size="small" title={t('reports.figures', { period: r.period, from: r.from, to: r.to })}>
            <div className="case-table-wrap">
              <table className="case-table report-figures" data-testid="report-figures" data-period={r.period}>
                <thead><tr><th /><th>{t('reports.current')}</th><th>{t('reports.previous')}</th><th>{t('reports.lastYear')}</th></tr></thead>
                <tbody>
                  {figureRows.map(([label, value]) => (
                    <tr key={label} data-figure={label}><th scope="row">{label}</th><td>{value(r.current)}</td>
                      <td>{value(r.previous)}</td><td>{value(r.lastYear)}</td></tr>
                  ))}
                  {Object.entries(r.current.sla).map(([metric, s]) => (
                    <tr key={metric}><th scope="row">{t('reports.attainment', { metric: t(`metric.${metric}`, { defaultValue: metric }) })}</th>
                      <td>{s.onTime + s.late ? percent.format(s.attainment) : '—'}</td>
                      <td>{r.previous.sla[metric] && r.previous.sla[metric].onTime + r.previous.sla[metric].late ? percent.format(r.previous.sla[metric].attainment) : '—'}</td>
                      <td>{r.lastYear.sla[metric] && r.lastYear.sla[metric].onTime + r.lastYear.sla[metric].late ? percent.format(r.lastYear.sla[metric].attainment) : '—'}</td></tr>
                  ))}
                  <tr><th scope="row">{t('reports.measures')}</th>
                    <td colSpan={3}>{t('reports.measuresSummary', { opened: r.measures.opened, done: r.measures.done, overdue: r.measures.overdue })}</td></tr>
                </tbody>
              </table>
            </div>
          </Card>
          {r.current.volume === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('reports.empty')}</Typography.Paragraph>
          ) : (
            <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
              <Col xs={24}><Card size="small" title={t('reports.perDay')}>
                {perDay && <Chart title={t('reports.perDay')} data={perDay} kind="line" height={240} />}</Card></Col>
              {([['category', (k: string) => t(`category.${k}`, { defaultValue: k }), (f: Figures) => f.byCategory],
                ['channel', (k: string) => t(`channel.${k}`, { defaultValue: k }), (f: Figures) => f.byChannel],
                // the report names departments "中文名 / English name"
                ['department', (k: string) => k.split(' / ')[i18n.language === 'en' ? 1 : 0] ?? k, (f: Figures) => f.byDepartment],
                ['region', (k: string) => k, (f: Figures) => f.byRegion]] as const).map(([group, label, pick]) => {
                const data = compare(label, pick);
                const title = t('reports.by', { group: t(`dashboard.groups.${group}`) });
                return (
                  <Col xs={24} lg={12} key={group}><Card size="small" title={title}>
                    {data && <Chart title={title} data={data} height={260} stacked={false} />}</Card></Col>
                );
              })}
            </Row>
          )}
        </>
      )}
      <Card size="small" style={{ marginTop: 12 }} title={t('reports.archive')}>
        {archive.data?.length ? (
          <ul className="archive">
            {archive.data.map((a) => (
              <li key={a.id} data-archived={a.period}>
                <span>{a.period} ({a.from} – {a.to}) · {t('reports.generated', { at: formatInstant(a.generatedAt, tenant.timeZone, i18n.language) })}</span>
                <Space size={4}>
                  <Button size="small" onClick={() => fetchFile('pdf', a)}>PDF</Button>
                  <Button size="small" onClick={() => fetchFile('csv', a)}>CSV</Button>
                </Space>
              </li>
            ))}
          </ul>
        ) : <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('reports.noArchive')}</Typography.Paragraph>}
      </Card>
      {roles.includes('TENANT_ADMIN') && <ReportSubscribers />}
    </section>
  );
}
