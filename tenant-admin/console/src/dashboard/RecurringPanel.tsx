import { lazy, Suspense, useState } from 'react';
import { Button, Card, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import type { MeasureSeed } from '../measures/MeasureDialog';
import { useWorkspace } from '../workspace/WorkspaceContext';

const MeasureDialog = lazy(() => import('../measures/MeasureDialog'));

/**
 * Recurring problems: a product and category whose complaints keep coming and grow (the last months against the
 * months before), with the words they share — each with "open an improvement measure from this finding".
 */
export function RecurringPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { supervisor } = useWorkspace();
  const recurring = useQuery({ queryKey: ['complaints', 'dashboard', 'recurring'],
    queryFn: () => must(api.GET('/api/v1/analytics/recurring', { params: { query: { months: 3 } } })) });
  const [seed, setSeed] = useState<{ key: string; seed: MeasureSeed }>();
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const times = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const clusters = recurring.data?.clusters ?? [];
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('dashboard.recurring')}>
      {recurring.data && !clusters.length && <Typography.Paragraph type="secondary">{t('dashboard.noRecurring')}</Typography.Paragraph>}
      {!!clusters.length && (
        <div className="case-table-wrap">
          <table className="case-table" data-testid="recurring">
            <thead><tr><th>{t('dashboard.groups.product')}</th><th>{t('dashboard.groups.category')}</th><th>{t('dashboard.perMonth')}</th>
              <th>{t('dashboard.growth')}</th><th>{t('dashboard.terms')}</th><th><span className="sr-only">{t('plugins.actions')}</span></th></tr></thead>
            <tbody>
              {clusters.map((c) => {
                const key = `${c.product}|${c.category}`;
                const category = c.category ? t(`category.${c.category}`, { defaultValue: c.category }) : '';
                return (
                  <tr key={key} data-recurring={c.product}>
                    <td>{c.product}</td>
                    <td>{category}</td>
                    <td><span className="monthly">{c.monthly.join(' · ')}</span></td>
                    <td>×{times.format(c.growth)}</td>
                    <td>{Object.entries(c.terms).slice(0, 6).map(([term, n]) => <Tag key={term}>{term} {n}</Tag>)}</td>
                    <td>{opened[key] ? <Link to="/measures" className="tag tag-green">{t('dashboard.measureOpened')}</Link>
                      : supervisor && <Button size="small" onClick={() => setSeed({ key, seed: {
                        title: t('dashboard.recurringTitle', { product: c.product, category }),
                        finding: t('dashboard.recurringFinding', { product: c.product, category, monthly: c.monthly.join(', '),
                          baseline: c.baseline, recent: c.recent, growth: times.format(c.growth),
                          terms: Object.keys(c.terms).slice(0, 6).join('、') }),
                        findingType: 'RECURRING' } })}>{t('dashboard.openMeasure')}</Button>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>{t('dashboard.recurringMethod')}</Typography.Paragraph>
      {seed && (
        <Suspense fallback={null}>
          <MeasureDialog seed={seed.seed} onClose={() => setSeed(undefined)}
            onSaved={() => { setOpened((o) => ({ ...o, [seed.key]: true })); setSeed(undefined); }} />
        </Suspense>
      )}
    </Card>
  );
}
