import type { BarDatum } from './BarChartFigure';

/** The numbers of a chart as a table with a caption and row and column headers. */
export function ChartTable({
  caption,
  data,
  headers,
}: {
  caption: string;
  data: readonly BarDatum[];
  headers: { label: string; value: string; limit?: string };
}) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.label}</th>
          <th scope="col">{headers.value}</th>
          {headers.limit !== undefined && <th scope="col">{headers.limit}</th>}
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.label}</th>
            <td>{d.value}</td>
            {headers.limit !== undefined && <td>{d.limit ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
