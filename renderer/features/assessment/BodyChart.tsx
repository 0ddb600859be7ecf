/**
 * Where it hurts, on a front and a back figure. Each figure is one group with one Tab stop; arrow
 * keys move to the nearest area in that direction and Space or Enter marks or clears it.
 */
import { memo, useRef, useState, type KeyboardEvent, type Ref, type SVGProps } from 'react';
import type { BodyChartRegion, BodyChartView } from '../../../shared/domain/clinical';
import { BODY_CHART_REGIONS, bodyChartRegionById } from '../../../shared/domain/clinical';
import type { Shape } from './body-chart-shapes';
import { BACK_OUTLINE, CHART_VIEWBOX, centreOf, shapeOf } from './body-chart-shapes';
import { controlId, useBodyValue, useForm, usePreviousValue } from './form-context';
import type { Path } from './paths';

const PAIN_REGIONS: Path = ['pain', 'regions'];
const VIEWS: readonly { view: BodyChartView; label: string }[] = [
  { view: 'front', label: 'Front' },
  { view: 'back', label: 'Back' },
];

const asRegionList = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** `path` lets the presenting complaint mark its areas on the same chart as the pain. */
export const BodyChart = memo(function BodyChart({
  path = PAIN_REGIONS,
  figurePrefix = '',
}: {
  path?: Path;
  /** Said before each figure's name ("Complaint: Front of the body") when two charts share a page. */
  figurePrefix?: string;
}) {
  const { store, readOnly } = useForm();
  const marked = asRegionList(useBodyValue(path));
  const previous = asRegionList(usePreviousValue(path));
  const hasRecord = Array.isArray(useBodyValue(path));
  const hintId = controlId(path, 'hint');

  const toggle = (id: string) => {
    if (readOnly) return;
    const next = marked.includes(id) ? marked.filter((region) => region !== id) : [...marked, id];
    store.setBody(path, next.length === 0 ? undefined : orderLikeChart(next));
  };

  return (
    <div className="ae-chart">
      <p className="ae-hint" id={hintId}>
        Click an area, or Tab to a figure, move with the arrow keys and press Space to mark or clear
        it. Left and right are the client’s own.
      </p>
      <div className="ae-chart-figures">
        {VIEWS.map(({ view, label }) => (
          <Figure
            key={view}
            view={view}
            label={label}
            figurePrefix={figurePrefix}
            hintId={hintId}
            marked={marked}
            previous={previous}
            onToggle={toggle}
          />
        ))}
      </div>
      <div className="ae-chart-lists">
        <p>
          <span className="ae-chart-list-label">Marked: </span>
          {marked.length > 0 ? (
            namesOf(marked)
          ) : (
            <span className="muted">{hasRecord ? 'None' : 'No areas marked'}</span>
          )}
        </p>
        {previous.length > 0 && <p className="ae-was">Last time: {namesOf(previous)}</p>}
      </div>
    </div>
  );
});

function namesOf(ids: readonly string[]): string {
  return ids.map((id) => bodyChartRegionById(id)?.label ?? id).join(', ');
}

function orderLikeChart(ids: readonly string[]): string[] {
  return BODY_CHART_REGIONS.map((region) => region.id).filter((id) => ids.includes(id));
}

interface FigureProps {
  view: BodyChartView;
  label: string;
  figurePrefix: string;
  hintId: string;
  marked: readonly string[];
  previous: readonly string[];
  onToggle: (id: string) => void;
}

function Figure(props: FigureProps) {
  const { view, label, figurePrefix, hintId, marked, previous, onToggle } = props;
  const regions = BODY_CHART_REGIONS.filter((region) => region.view === view);
  const [active, setActive] = useState(regions[0]?.id ?? '');
  const elements = useRef(new Map<string, SVGElement>());

  const move = (event: KeyboardEvent<SVGElement>, region: BodyChartRegion) => {
    const direction = DIRECTIONS[event.key];
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onToggle(region.id);
      return;
    }
    if (!direction) return;
    event.preventDefault();
    const next = nearest(region, regions, direction);
    if (!next) return;
    setActive(next.id);
    elements.current.get(next.id)?.focus();
  };

  return (
    <figure className="ae-figure">
      <svg
        className="ae-figure-svg"
        viewBox={CHART_VIEWBOX}
        role="group"
        aria-label={`${figurePrefix}${label} of the body`}
        aria-describedby={hintId}
      >
        {/* Which side is which, at the feet: the client's right is on our left from the front. */}
        <text className="ae-figure-side" x="34" y="392" aria-hidden="true">
          {view === 'front' ? 'R' : 'L'}
        </text>
        <text className="ae-figure-side" x="126" y="392" textAnchor="end" aria-hidden="true">
          {view === 'front' ? 'L' : 'R'}
        </text>
        {view === 'back' &&
          BACK_OUTLINE.map((shape, index) => (
            <ShapeElement key={index} shape={shape} className="ae-region-outline" />
          ))}
        {regions.map((region) => {
          const shape = shapeOf(region.id);
          if (!shape) return null;
          const isMarked = marked.includes(region.id);
          const wasMarked = previous.includes(region.id);
          return (
            <ShapeElement
              key={region.id}
              shape={shape}
              className={`ae-region${isMarked ? ' ae-region-marked' : ''}${wasMarked ? ' ae-region-previous' : ''}`}
              ref={(element) => {
                if (element) elements.current.set(region.id, element);
                else elements.current.delete(region.id);
              }}
              role="checkbox"
              aria-checked={isMarked}
              aria-label={`${region.label}${wasMarked ? ' (marked last time)' : ''}`}
              tabIndex={region.id === active ? 0 : -1}
              onFocus={() => setActive(region.id)}
              onClick={() => onToggle(region.id)}
              onKeyDown={(event) => move(event, region)}
            />
          );
        })}
      </svg>
      <figcaption className="ae-figure-caption">{label}</figcaption>
    </figure>
  );
}

type Direction = 'up' | 'down' | 'left' | 'right';
const DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The closest area in a direction, preferring ones straight ahead over ones off to the side. */
function nearest(from: BodyChartRegion, regions: readonly BodyChartRegion[], direction: Direction) {
  const origin = shapeOf(from.id);
  if (!origin) return undefined;
  const start = centreOf(origin);
  let best: { region: BodyChartRegion; score: number } | undefined;
  for (const region of regions) {
    const shape = shapeOf(region.id);
    if (!shape || region.id === from.id) continue;
    const { x, y } = centreOf(shape);
    const ahead =
      direction === 'down'
        ? y - start.y
        : direction === 'up'
          ? start.y - y
          : direction === 'right'
            ? x - start.x
            : start.x - x;
    const aside =
      direction === 'up' || direction === 'down' ? Math.abs(x - start.x) : Math.abs(y - start.y);
    if (ahead <= 1) continue;
    const score = ahead + aside * 2.5;
    if (!best || score < best.score) best = { region, score };
  }
  return best?.region;
}

type ShapeElementProps = SVGProps<SVGElement> & { shape: Shape; ref?: Ref<SVGElement> };

function ShapeElement({ shape, ref, ...rest }: ShapeElementProps) {
  if (shape.kind === 'rect') {
    return (
      <rect
        {...rest}
        ref={ref as Ref<SVGRectElement>}
        x={shape.x}
        y={shape.y}
        width={shape.w}
        height={shape.h}
        rx={shape.r}
      />
    );
  }
  return (
    <ellipse
      {...rest}
      ref={ref as Ref<SVGEllipseElement>}
      cx={shape.cx}
      cy={shape.cy}
      rx={shape.rx}
      ry={shape.ry}
    />
  );
}
