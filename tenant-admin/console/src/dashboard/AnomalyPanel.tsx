import { lazy, Suspense, useState } from 'react';
import { Button, Card, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import type { MeasureSeed } from '../measures/MeasureDialog';
import { addMonths, today } from '../lib/time';
import { RegionHeat } from './RegionHeat';
import { useWorkspace } from '../workspace/WorkspaceContext';

const MeasureDialog = lazy(() => import('../measures/MeasureDialog'));

type Dimension = 'region' | 'product' | 'channel';
type Anomaly = Schemas['Anomaly'];

/**
 * The values of a dimension whose volume in a month stands out, with the evidence: observed against the value's own
 * history and against its peers, the Poisson tail and the peer score. A supervisor opens an improvement measure from
 * a finding in one click; the finding keeps the evidence.
 */
export function AnomalyPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { tenant, supervisor } = useWorkspace();
  const day = today(tenant.timeZone);
  const thisMonth = day.slice(0, 7);
  const months = Array.from({ length: 6 }, (_, i) => addMonths(`${thisMonth}-01`, -i).slice(0, 7));
  const [dimension, setDimension] = useState<Dimension>('region');
  // a month's first days say little: until the 11th, last month
  const [period, setPeriod] = useState(Number(day.slice(8)) > 10 ? thisMonth : months[1]);
  const [opened, setOpened] = useState<Record<string, string>>({});
  const [seed, setSeed] = useState<{ value: string; seed: MeasureSeed }>();
  const anomalies = useQuery({
    queryKey: ['complaints', 'dashboard', 'anomalies', dimension, period],
    queryFn: () => must(api.GET('/api/v1/analytics/anomalies', { params: { query: { dimension, period } } })),
  });
  const rows = [...(anomalies.data?.values ?? [])]
    .sort((a, b) => Number(b.anomalous) - Number(a.anomalous) || b.observed - a.observed).slice(0, 12);
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const label = (v: string) => (dimension === 'channel' ? t(`channel.${v}`, { defaultValue: v }) : v || t('dashboard.unknown'));

  const openMeasure = (a: Anomaly) => {
    const finding = t('dashboard.anomalyFinding', {
      value: label(a.value), period, observed: a.observed, history: decimal.format(a.expectedFromHistory),
      peers: decimal.format(a.expectedFromPeers), p: a.poissonP.toExponential(1), score: decimal.format(a.peerScore),
    });
    setSeed({ value: a.value, seed: { title: t('dashboard.anomalyTitle', { value: label(a.value), period }), finding,
      findingType: 'ANOMALY' } });
  };

  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('dashboard.anomalies')} extra={(
      <Space wrap>
        <Select size="small" value={dimension} onChange={setDimension} aria-label={t('dashboard.dimension')} style={{ width: 110 }}
          options={(['region', 'product', 'channel'] as const).map((d) => ({ value: d, label: t(`dashboard.groups.${d}`) }))} />
        <Select size="small" value={period} onChange={setPeriod} aria-label={t('dashboard.month')} style={{ width: 110 }}
          options={months.map((m) => ({ value: m, label: m }))} />
      </Space>
    )}>
      {dimension === 'region' && !!anomalies.data?.values.length && (
        <RegionHeat values={anomalies.data.values} period={period} zone={tenant.timeZone}
          nextPeriod={addMonths(`${period}-01`, 1).slice(0, 7)} />
      )}
      {anomalies.data && (rows.length ? (
        <div className="case-table-wrap">
          <table className="case-table anomalies" data-testid="anomalies">
            <thead>
              <tr>
                <th>{t(`dashboard.groups.${dimension}`)}</th><th>{t('dashboard.observed')}</th>
                <th>{t('dashboard.expectedHistory')}</th><th>{t('dashboard.expectedPeers')}</th>
                <th>P</th><th>{t('dashboard.peerScore')}</th><th />
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.value} data-anomaly={a.value} data-anomalous={a.anomalous} className={a.anomalous ? 'anomalous' : undefined}>
                  <td>{label(a.value)} {a.anomalous && <span className="tag tag-red">{t('dashboard.standsOut')}</span>}</td>
                  <td>{a.observed}</td>
                  <td>{decimal.format(a.expectedFromHistory)}</td>
                  <td>{decimal.format(a.expectedFromPeers)}</td>
                  <td>{a.poissonP < 0.001 ? a.poissonP.toExponential(1) : Number(a.poissonP.toPrecision(2)).toString()}</td>
                  <td>{decimal.format(a.peerScore)}</td>
                  <td>
                    {opened[a.value] ? <Link to="/measures" className="tag tag-green">{t('dashboard.measureOpened')}</Link>
                      : a.anomalous && supervisor && (
                        <Button size="small" onClick={() => openMeasure(a)}>{t('dashboard.openMeasure')}</Button>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <Typography.Paragraph type="secondary">{t('dashboard.noAnomalyData')}</Typography.Paragraph>)}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('dashboard.anomalyMethod')}
      </Typography.Paragraph>
      {seed && (
        <Suspense fallback={null}>
          <MeasureDialog seed={seed.seed} onClose={() => setSeed(undefined)}
            onSaved={(m) => { setOpened((o) => ({ ...o, [seed.value]: m.title })); setSeed(undefined); }} />
        </Suspense>
      )}
    </Card>
  );
}
