/**
 * How series in one plot are told apart: by colour on screen, and by dash and marker shape as
 * well, so a black-and-white print still separates "now" from "worst".
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const SERIES_STYLES: readonly { dash: string | undefined; shape: MarkerShape }[] = [
  { dash: undefined, shape: 'circle' },
  { dash: '6 3', shape: 'square' },
  { dash: '2 3', shape: 'triangle' },
  { dash: '10 3 2 3', shape: 'diamond' },
];

export function SeriesMarker({
  shape,
  x,
  y,
  r,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  r: number;
}) {
  switch (shape) {
    case 'circle':
      return <circle className="chart-point" cx={x} cy={y} r={r} />;
    case 'square':
      return <rect className="chart-point" x={x - r} y={y - r} width={r * 2} height={r * 2} />;
    case 'triangle':
      return (
        <path
          className="chart-point"
          d={`M${x},${y - r * 1.2} L${x + r * 1.1},${y + r * 0.8} L${x - r * 1.1},${y + r * 0.8} Z`}
        />
      );
    case 'diamond':
      return (
        <path
          className="chart-point"
          d={`M${x},${y - r * 1.3} L${x + r * 1.1},${y} L${x},${y + r * 1.3} L${x - r * 1.1},${y} Z`}
        />
      );
  }
}

/** A short sample of the series' line and marker, for the key under the chart. */
export function SeriesSwatch({ index }: { index: number }) {
  const style = SERIES_STYLES[index % SERIES_STYLES.length]!;
  return (
    <svg
      className={`chart-swatch chart-series chart-series-${index}`}
      viewBox="0 0 28 12"
      width="28"
      height="12"
      aria-hidden="true"
    >
      <line className="chart-line" x1="1" x2="27" y1="6" y2="6" strokeDasharray={style.dash} />
      <SeriesMarker shape={style.shape} x={14} y={6} r={3.5} />
    </svg>
  );
}
