import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
export { download } from './download';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A chart's data: categories along the x axis, one series per group (stacked bars or lines). */
export interface ChartData {
  categories: string[];
  /** A value of null: nothing to show for that category (a gap in a line, empty in the table and the CSV). */
  series: { name: string; key: string; values: (number | null)[] }[];
}

interface Props {
  data: ChartData;
  kind?: 'bar' | 'line';
  /** Axis label of the values, e.g. "cases". */
  unit?: string;
  height?: number;
  /** A bar or point clicked: its category index and its series key. */
  onPick?: (index: number, seriesKey: string) => void;
  /** Receives a function that returns the chart as a PNG data URL (for a download button). */
  onReady?: (png: () => string) => void;
  /** The accessible name of the chart (also its table's caption). */
  title: string;
  /** Bars stacked (parts of a whole, the default) or side by side (a comparison). */
  stacked?: boolean;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'Noto Sans SC', 'Droid Sans Fallback', sans-serif";

/**
 * An ECharts chart with its data as a table next to it (read by screen readers and tests; the picture is not the
 * only way to the numbers). Stacked bars by default; clicking a bar or point calls `onPick`.
 */
export function Chart({ data, kind = 'bar', unit, height = 320, onPick, onReady, title, stacked = true }: Props) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => pick.current?.(p.dataIndex, String(p.seriesId ?? '')));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current);
    onReady?.(() => instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
    // the instance lives as long as the element; data changes go through setOption below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // labels side by side only when few and short; else slanted (up to 12), else thinned out by ECharts
    const rotated = data.categories.length <= 12 && (data.categories.length > 6 || data.categories.join('').length > 24);
    const legend = data.series.length > 1;
    chart.current?.setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: kind === 'bar' ? 'axis' : 'item', axisPointer: { type: 'shadow' } },
      legend: { show: legend, type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: (rotated ? 64 : 32) + (legend ? 28 : 0) },
      // a few categories (statuses, departments) each get their label; many (days) let ECharts thin them out
      xAxis: { type: 'category', data: data.categories,
        axisLabel: data.categories.length <= 12 ? { interval: 0, rotate: rotated ? 30 : 0 } : {} },
      yAxis: { type: 'value', name: unit, minInterval: 1 },
      series: data.series.map((s) => ({
        id: s.key, name: s.name, type: kind, data: s.values, stack: kind === 'bar' && stacked ? 'total' : undefined,
        emphasis: { focus: 'series' }, cursor: onPick ? 'pointer' : 'default', barMaxWidth: 48,
      })),
    }, { notMerge: true });
  }, [data, kind, unit, onPick, stacked]);

  return (
    <figure className="chart" aria-label={title}>
      <button type="button" className="link-button chart-toggle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
        {asTable ? t('chart.asChart') : t('chart.asTable')}
      </button>
      <div ref={element} style={{ height, width: '100%', display: asTable ? 'none' : undefined }} role="img" aria-label={title} />
      {/* the numbers behind the picture: for screen readers always, for everyone on request; a value opens its cases */}
      <div className={asTable ? 'chart-table-wrap' : 'sr-only'}>
        <table className="chart-table" data-chart-table={title}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr><th scope="col" />{data.series.map((s) => <th scope="col" key={s.key} data-key={s.key}>{s.name}</th>)}</tr>
          </thead>
          <tbody>
            {data.categories.map((c, i) => (
              <tr key={c} data-category={c}>
                <th scope="row">{c}</th>
                {data.series.map((s) => (
                  <td key={s.key} data-key={s.key}>
                    {onPick && s.values[i] ? (
                      <button type="button" className="link-button" onClick={() => onPick(i, s.key)} tabIndex={asTable ? 0 : -1}
                        aria-label={`${c} · ${s.name}: ${s.values[i]}`}>{s.values[i]}</button>
                    ) : s.values[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The chart's data as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese right). */
export function chartCsv(data: ChartData, firstColumn: string): string {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [[firstColumn, ...data.series.map((s) => s.name)],
    ...data.categories.map((c, i) => [c, ...data.series.map((s) => s.values[i] ?? '')])];
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
