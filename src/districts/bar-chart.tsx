/**
 * A small horizontal bar chart in SVG, readable without colour: every bar carries its label and its count
 * as text, and the chart is described as a list for screen readers.
 */
export interface Bar {
  key: string;
  label: string;
  count: number;
  color: string;
}

const ROW = 22;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 130;

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg width={LABEL_WIDTH + BAR_WIDTH + 40} height={bars.length * ROW} role="img" aria-label={title}>
        {bars.map((bar, i) => (
          <g key={bar.key} transform={`translate(0 ${i * ROW})`}>
            <text x={0} y={15} className="bar-label">
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={4}
              height={14}
              width={(bar.count / max) * BAR_WIDTH}
              fill={bar.color}
              rx={2}
            />
            <text x={LABEL_WIDTH + (bar.count / max) * BAR_WIDTH + 6} y={15} className="bar-count">
              {bar.count}
            </text>
          </g>
        ))}
      </svg>
      <ul className="visually-hidden">
        {bars.map((bar) => (
          <li key={bar.key}>
            {bar.label}: {bar.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
