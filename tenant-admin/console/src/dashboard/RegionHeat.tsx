import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { startOfDay } from '../lib/time';
import { cityOf, heatLevel } from './regions';

type Value = Schemas['Anomalies']['values'][number];

/**
 * The month's volume by region as a heat map: districts grouped under their city, each tile as dark as its volume
 * against the busiest, the anomalous ones marked; a tile opens that region's cases of the month.
 */
export function RegionHeat({ values, period, zone, nextPeriod }: { values: Value[]; period: string; zone: string; nextPeriod: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...values.map((v) => v.observed));
  const byCity = new Map<string, Value[]>();
  for (const v of [...values].sort((a, b) => b.observed - a.observed)) {
    const city = cityOf(v.value) || t('dashboard.unknown');
    byCity.set(city, [...(byCity.get(city) ?? []), v]);
  }
  const cities = [...byCity.entries()].sort((a, b) => total(b[1]) - total(a[1]));
  const from = startOfDay(`${period}-01`, zone);
  const to = startOfDay(`${nextPeriod}-01`, zone);
  return (
    <div className="region-heat" data-testid="region-heat" aria-label={t('dashboard.regionHeat', { period })}>
      {cities.map(([city, districts]) => (
        <section key={city} className="region-city" aria-label={city}>
          <h3>{city} <span className="muted">{total(districts)}</span></h3>
          <div className="region-tiles">
            {districts.map((v) => (
              <Link key={v.value} to={`/cases?queue=&region=${encodeURIComponent(v.value)}&receivedFrom=${encodeURIComponent(from)}&receivedTo=${encodeURIComponent(to)}`}
                className={`region-tile heat-${heatLevel(v.observed, max)}${v.anomalous ? ' anomalous' : ''}`} data-region={v.value}
                data-observed={v.observed} title={t('dashboard.regionTile', { region: v.value, count: v.observed })}>
                <span className="region-name">{v.value.slice(city.length) || v.value}</span>
                <span className="region-count">{v.observed}</span>
                {v.anomalous && <span className="region-flag">{t('dashboard.standsOut')}</span>}
              </Link>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function total(values: Value[]): number {
  return values.reduce((sum, v) => sum + v.observed, 0);
}
