/** One plot of a progress chart: axis, ticks, the no-change band, and a line of points per series. */
import type { ChartSpec } from '../../../shared/domain/progress';
import { formatValue, shortDay, yearOf } from './format';
import { yearBreaks, type PanelLayout } from './geometry';
import { SERIES_STYLES, SeriesMarker } from './series-style';

export interface PanelFrame {
  x: number;
  width: number;
  title: string | null;
  plot: { left: number; right: number; top: number; bottom: number };
}

interface ChartPanelProps {
  chart: ChartSpec;
  frame: PanelFrame;
  layout: PanelLayout;
  days: readonly string[];
}

export function ChartPanel({ chart, frame, layout, days }: ChartPanelProps) {
  const { plot } = frame;
  const withYear = yearBreaks(days, layout.labelIndexes);
  return (
    <g>
      {frame.title && (
        <text x={frame.x + frame.width / 2} y={14} className="chart-panel-title">
          {frame.title}
        </text>
      )}
      {layout.band && (
        <rect
          className="chart-band"
          x={layout.band.x}
          y={layout.band.y}
          width={layout.band.width}
          height={Math.max(layout.band.height, 0.5)}
        />
      )}
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            className={tick.value === 0 ? 'chart-grid chart-zero' : 'chart-grid'}
            x1={plot.left}
            x2={plot.right}
            y1={tick.y}
            y2={tick.y}
          />
          <text x={plot.left - 5} y={tick.y + 3.5} className="chart-tick chart-tick-y">
            {formatValue(chart, tick.value)}
          </text>
        </g>
      ))}
      <line
        className="chart-axis"
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
      />
      {layout.labelIndexes.map((index, at) => {
        const day = days[index] ?? '';
        const x = layout.xs[index] ?? 0;
        return (
          <g key={index}>
            <line className="chart-axis" x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 3} />
            <text x={x} y={plot.bottom + 14} className="chart-tick">
              {shortDay(day)}
            </text>
            {withYear[at] && (
              <text x={x} y={plot.bottom + 26} className="chart-tick">
                {yearOf(day)}
              </text>
            )}
          </g>
        );
      })}
      {layout.points.map((points, seriesIndex) => {
        const style = SERIES_STYLES[seriesIndex % SERIES_STYLES.length]!;
        return (
          <g key={seriesIndex} className={`chart-series chart-series-${seriesIndex}`}>
            {points.length > 1 && (
              <polyline
                className="chart-line"
                points={points.map((point) => `${point.x},${point.y}`).join(' ')}
                strokeDasharray={style.dash}
              />
            )}
            {points.map((point) => (
              <SeriesMarker
                key={point.index}
                shape={style.shape}
                x={point.x}
                y={point.y}
                r={layout.radius}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}
