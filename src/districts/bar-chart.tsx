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

const WIDTH = LABEL_WIDTH + BAR_WIDTH + 40;

/**
 * Right to left (Arabic), the chart is mirrored: labels on the right, bars growing leftwards. SVG text
 * follows the inherited direction (its start is on the right), so each x is measured from the other side.
 */
export function BarChart({ title, bars, rtl = false }: { title: string; bars: Bar[]; rtl?: boolean }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const x = (fromStart: number, width = 0) => (rtl ? WIDTH - fromStart - width : fromStart);
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg width={WIDTH} height={bars.length * ROW} role="img" aria-label={title}>
        {bars.map((bar, i) => {
          const length = (bar.count / max) * BAR_WIDTH;
          return (
            <g key={bar.key} transform={`translate(0 ${i * ROW})`}>
              <text x={x(0)} y={15} className="bar-label">
                {bar.label}
              </text>
              <rect x={x(LABEL_WIDTH, length)} y={4} height={14} width={length} fill={bar.color} rx={2} />
              <text x={x(LABEL_WIDTH + length + 6)} y={15} className="bar-count">
                {bar.count}
              </text>
            </g>
          );
        })}
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
