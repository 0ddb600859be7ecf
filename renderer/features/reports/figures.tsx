/** The report's drawings, as plain SVG so they print sharp at any size and in black and white. */
import { FPI6_BANDS, formatSigned } from '../../../shared/domain/clinical';
import { labelWidth, placeLabels } from './marker-labels';

const FPI_MIN = -12;
const FPI_MAX = 12;
const BAR = { left: 16, width: 468, top: 34, height: 22 };

const fpiX = (value: number) => BAR.left + ((value - FPI_MIN) / (FPI_MAX - FPI_MIN)) * BAR.width;

/** Normal is plain; the further a band is from normal, the stronger its tint. */
const bandTint: Record<string, string> = {
  'highly-supinated': '#d9c7a7',
  supinated: '#efe4cf',
  normal: '#dcefe9',
  pronated: '#efe4cf',
  'highly-pronated': '#d9c7a7',
};

export interface FpiMarker {
  side: 'Left' | 'Right';
  total: number;
}

const LABEL_FONT_PX = 13;

const markerText = (marker: FpiMarker) =>
  `${marker.side === 'Left' ? 'L' : 'R'} ${formatSigned(marker.total)}`;

/** The FPI-6 scale from −12 to +12 with its five bands and where each foot scored. */
export function Fpi6Bar({ markers }: { markers: readonly FpiMarker[] }) {
  // Close or equal scores would print their labels on top of each other: they are spread apart
  // and joined to their marker by a short line.
  const labels = placeLabels(
    markers.map((marker) => ({
      x: fpiX(marker.total),
      width: labelWidth(markerText(marker), LABEL_FONT_PX),
    })),
    { min: 0, max: 500, gap: 6 },
  );
  return (
    <svg className="figure-svg" viewBox="0 0 500 96" role="img" aria-label="FPI-6 scale">
      {FPI6_BANDS.bands.map((band) => {
        const from = fpiX(Math.max(FPI_MIN, (band.lower?.value ?? FPI_MIN) - 0.5));
        const to = fpiX(Math.min(FPI_MAX, (band.upper?.value ?? FPI_MAX) + 0.5));
        return (
          <g key={band.category}>
            <rect
              x={from}
              y={BAR.top}
              width={to - from}
              height={BAR.height}
              fill={bandTint[band.category] ?? '#eee'}
              stroke="#7b8591"
              strokeWidth="0.75"
            />
            <text x={(from + to) / 2} y={BAR.top + BAR.height + 13} className="svg-small">
              {band.label}
            </text>
          </g>
        );
      })}
      {[-12, -8, -4, 0, 4, 8, 12].map((tick) => (
        <text key={tick} x={fpiX(tick)} y={BAR.top + BAR.height + 27} className="svg-tick">
          {formatSigned(tick)}
        </text>
      ))}
      {markers.map((marker, index) => {
        const x = fpiX(marker.total);
        const label = labels[index] ?? { x, moved: false };
        return (
          <g key={marker.side} className="fpi-marker">
            <path d={`M${x},${BAR.top + 2} l-6,-10 h12 z`} fill="#1b2430" />
            <line
              x1={x}
              x2={x}
              y1={BAR.top}
              y2={BAR.top + BAR.height}
              stroke="#1b2430"
              strokeWidth="2"
            />
            {label.moved && (
              <line
                x1={label.x}
                x2={x}
                y1={BAR.top - 12}
                y2={BAR.top - 8}
                stroke="#1b2430"
                strokeWidth="1"
              />
            )}
            <text x={label.x} y={BAR.top - 14} className="svg-label">
              {markerText(marker)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const SOLE =
  'M0,-42 C13,-42 17,-24 15,-6 C13,12 12,32 0,42 C-11,32 -12,14 -11,-2 C-13,-22 -13,-42 0,-42 Z';

function Footprint({ x, angle, label }: { x: number; angle: number | null; label: string }) {
  const turn = angle ?? 0;
  const turnText =
    angle === null
      ? 'not measured'
      : angle === 0
        ? 'straight ahead'
        : `${Math.abs(angle)}° ${angle > 0 ? 'out' : 'in'}`;
  const mirror = label === 'Left' ? -1 : 1;
  return (
    <g transform={`translate(${x},66)`}>
      <line y1="-58" y2="50" stroke="#7b8591" strokeWidth="1" strokeDasharray="4 3" />
      <g transform={`rotate(${turn * mirror}) scale(${mirror},1)`}>
        <path
          d={SOLE}
          fill={angle === null ? 'none' : '#dcefe9'}
          stroke="#1b2430"
          strokeWidth="1.5"
        />
        <circle cx="-4" cy="-50" r="4" fill="#1b2430" />
        <circle cx="6" cy="-47" r="3" fill="#1b2430" />
      </g>
      <text y="76" className="svg-label">
        {label}
      </text>
      <text y="96" className="svg-small">
        {turnText}
      </text>
    </g>
  );
}

/** Both feet from above, turned by their progression angle; the dashed line is straight ahead. */
export function Footprints({ left, right }: { left: number | null; right: number | null }) {
  return (
    <svg
      className="figure-svg footprints"
      viewBox="0 0 220 176"
      role="img"
      aria-label="Foot progression angles"
    >
      <Footprint x={60} angle={left} label="Left" />
      <Footprint x={160} angle={right} label="Right" />
    </svg>
  );
}
