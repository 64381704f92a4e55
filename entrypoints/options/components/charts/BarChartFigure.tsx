import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from './ChartTable';

/** One bar: a category, its value and, when there is one, the limit it is measured against. */
export type BarDatum = { key: string; label: string; value: number; limit?: number };

export type BarChartFigureProps = {
  /** Names the chart and its table (the table's caption). */
  caption: string;
  data: readonly BarDatum[];
  /** Column headers of the table, also the legend of the chart. */
  headers: { label: string; value: string; limit?: string };
};

/**
 * A bar chart with its accessible twin: the chart is decoration for sighted users (hidden from
 * assistive technology), the table below it carries the same numbers with a caption and headers.
 */
export function BarChartFigure({ caption, data, headers }: BarChartFigureProps) {
  const hasLimit = headers.limit !== undefined && data.some((d) => d.limit !== undefined);
  return (
    <figure className="chart">
      <div aria-hidden="true" className="chart-canvas">
        <BarChart responsive data={[...data]} style={{ width: '100%', height: 220 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" stroke="var(--muted)" />
          <YAxis allowDecimals={false} stroke="var(--muted)" />
          <Tooltip contentStyle={{ background: 'var(--bg)', borderColor: 'var(--border)' }} />
          <Legend />
          <Bar dataKey="value" name={headers.value} fill="var(--accent)" isAnimationActive={false} />
          {hasLimit && <Bar dataKey="limit" name={headers.limit} fill="var(--muted)" isAnimationActive={false} />}
        </BarChart>
      </div>
      <ChartTable caption={caption} data={data} headers={hasLimit ? headers : { label: headers.label, value: headers.value }} />
    </figure>
  );
}
