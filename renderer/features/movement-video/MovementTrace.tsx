/**
 * "Trace the movement": on her asking, the pose model reads the clip a few frames a second and
 * the knees' frontal-plane angles and the trunk's lean are drawn over time under the player,
 * with the deepest point (lowest hip) marked and a button to go there. Angles in the picture,
 * not in the body, so they are shown to look at, never graded.
 */
import { useState } from 'react';
import type { ClipInfo } from '../../../shared/channels/clips';
import { clipUrl } from '../../../shared/domain/movement/clips';
import {
  traceMovement,
  type MovementTrace as Trace,
  type TraceSample,
} from '../../../shared/domain/pose/movement-trace';
import { detectClipFrames } from './trace-frames';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; trace: Trace }
  | { kind: 'failed'; message: string };

type SeriesKey = 'leftKneeDegrees' | 'rightKneeDegrees' | 'trunkLeanDegrees';

/** Told apart by dash as well as colour, so the trace reads in greyscale too. */
const SERIES: readonly { key: SeriesKey; label: string; colour: string; dash?: string }[] = [
  { key: 'leftKneeDegrees', label: 'Left knee (positive: moves in)', colour: '#1d4ed8' },
  {
    key: 'rightKneeDegrees',
    label: 'Right knee (positive: moves in)',
    colour: '#c2410c',
    dash: '6 4',
  },
  { key: 'trunkLeanDegrees', label: 'Trunk lean', colour: '#15803d', dash: '2 3' },
];

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

const seconds = (value: number) => `${value.toFixed(1)} s`;
const angle = (value: number | null) => (value === null ? 'not found' : `${Math.round(value)}°`);

/** Each run of frames where the value was found, as SVG points; a gap breaks the line. */
function runs(samples: readonly TraceSample[], key: SeriesKey, at: (s: TraceSample) => string) {
  const lines: string[][] = [[]];
  for (const sample of samples) {
    if (sample[key] === null) lines.push([]);
    else lines.at(-1)!.push(at(sample));
  }
  return lines.filter((line) => line.length > 0);
}

function TraceChart({ trace, duration }: { trace: Trace; duration: number }) {
  const values = trace.samples.flatMap((sample) =>
    SERIES.map(({ key }) => sample[key]).filter((value): value is number => value !== null),
  );
  const low = Math.min(-10, ...values);
  const high = Math.max(30, ...values);
  const x = (time: number) => PAD.left + (time / duration) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    PAD.top + ((high - value) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const deepest = trace.deepestIndex === null ? null : trace.samples[trace.deepestIndex]!;
  return (
    <svg
      className="movement-trace-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label="Knee angles and trunk lean over the clip, in degrees against time"
    >
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#9ca3af" />
      {[low, 0, high].map((value) => (
        <text key={value} x={PAD.left - 4} y={y(value) + 4} textAnchor="end" fontSize="11">
          {Math.round(value)}°
        </text>
      ))}
      <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" fontSize="11">
        {seconds(duration)}
      </text>
      {SERIES.map(({ key, colour, dash }) =>
        runs(trace.samples, key, (sample) => `${x(sample.timeSeconds)},${y(sample[key]!)}`).map(
          (points, index) => (
            <polyline
              key={`${key}-${index}`}
              data-series={key}
              points={points.join(' ')}
              fill="none"
              stroke={colour}
              strokeWidth="2"
              strokeDasharray={dash}
            />
          ),
        ),
      )}
      {deepest && (
        <g data-deepest={deepest.timeSeconds.toFixed(2)}>
          <line
            x1={x(deepest.timeSeconds)}
            x2={x(deepest.timeSeconds)}
            y1={PAD.top}
            y2={HEIGHT - PAD.bottom}
            stroke="#111827"
            strokeDasharray="3 3"
          />
          <text x={x(deepest.timeSeconds) + 4} y={PAD.top + 10} fontSize="11">
            Deepest
          </text>
        </g>
      )}
    </svg>
  );
}

export function MovementTrace({
  clip,
  onGoTo,
}: {
  clip: ClipInfo;
  onGoTo: (timeSeconds: number) => void;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const duration = clip.durationMs / 1000;

  const trace = async () => {
    setState({ kind: 'running', done: 0, total: 0 });
    try {
      const frames = await detectClipFrames(clipUrl(clip.hash), duration, (done, total) =>
        setState({ kind: 'running', done, total }),
      );
      setState({ kind: 'done', trace: traceMovement(frames) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', message });
    }
  };

  const deepest =
    state.kind === 'done' && state.trace.deepestIndex !== null
      ? state.trace.samples[state.trace.deepestIndex]!
      : null;
  return (
    <section className="movement-trace" aria-label="Movement trace">
      <div className="clip-controls">
        <button
          type="button"
          className="button"
          disabled={state.kind === 'running'}
          onClick={() => void trace()}
        >
          {state.kind === 'done' ? 'Trace the movement again' : 'Trace the movement'}
        </button>
        <p className="clip-note" role="status">
          {state.kind === 'running' &&
            (state.total ? `Tracing: frame ${state.done} of ${state.total}…` : 'Tracing…')}
          {state.kind === 'failed' && state.message}
          {state.kind === 'done' && !deepest && 'The model could not follow the body in this clip.'}
        </p>
      </div>
      {state.kind === 'done' && (
        <>
          <TraceChart trace={state.trace} duration={duration} />
          <ul className="movement-trace-key">
            {SERIES.map(({ key, label, colour, dash }) => (
              <li key={key}>
                <svg width="24" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    x2="24"
                    y1="4"
                    y2="4"
                    stroke={colour}
                    strokeWidth="2"
                    strokeDasharray={dash}
                  />
                </svg>
                {label}
              </li>
            ))}
          </ul>
          {deepest && (
            <p className="clip-note" data-deepest-summary>
              At the deepest point ({seconds(deepest.timeSeconds)}): left knee{' '}
              {angle(deepest.leftKneeDegrees)}, right knee {angle(deepest.rightKneeDegrees)}, trunk
              lean {angle(deepest.trunkLeanDegrees)}.{' '}
              <button type="button" className="button" onClick={() => onGoTo(deepest.timeSeconds)}>
                Go to the deepest point
              </button>
            </p>
          )}
          <p className="clip-note">
            Angles in the picture, not in the body: a camera off to one side changes them. Gaps are
            frames where the model was not sure.
          </p>
        </>
      )}
    </section>
  );
}
