/**
 * The photo stage: the photo with its overlay, zoomed and panned by a CSS transform, edited with
 * the mouse (usePointerEditing) or the keyboard (keys below) while it has focus.
 */
import { useMemo, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import type { Point } from '../../../../shared/domain/photo-views';
import { markerSizes, steadyMarkerScale } from '../overlay-geometry';
import { PhotoOverlay } from '../PhotoOverlay';
import { place, positionOf, toLandmarkSet, type Annotation, type Tool } from './annotation';
import { usePointerEditing } from './usePointerEditing';
import { ViewportController } from './viewport-controller';
import { ZOOM_STEP, visibleCentre } from './viewport-math';

export interface AnnotatorCanvasProps {
  photo: PhotoInfo;
  annotation: Annotation;
  tool: Tool;
  tools: readonly Tool[];
  editable: boolean;
  showGrid: boolean;
  showMeasures: boolean;
  alt: string;
  /** The id of the text that explains the keys. */
  describedBy: string;
  /** Extra toolbar controls (grid, measure lines). */
  toolbarExtras?: ReactNode;
  /** Laid over the stage, unzoomed (the capture check's notes). */
  overlay?: ReactNode;
  onSelect: (tool: Tool) => void;
  onStep: (delta: 1 | -1) => void;
  onPlace: (tool: Tool, point: Point, via: 'pointer' | 'drag' | 'keyboard') => void;
  onNudge: (tool: Tool, dx: number, dy: number) => void;
  onRemove: (tool: Tool) => void;
  /** A accepts the selected mark when it is an unconfirmed suggestion. */
  onAccept: (tool: Tool) => void;
}

const PAN_STEP = 60;
const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function AnnotatorCanvas(props: AnnotatorCanvasProps) {
  const { photo, annotation, tool, tools, editable, onSelect, onStep, onPlace, onNudge, onRemove } =
    props;
  const [viewport] = useState(
    () => new ViewportController({ width: photo.width, height: photo.height }),
  );
  const { setStage, setContent } = viewport;
  const zoomPercent = useSyncExternalStore(viewport.subscribe, viewport.zoomPercent);
  const size = useMemo(
    () => ({ width: photo.width, height: photo.height }),
    [photo.width, photo.height],
  );
  const { drag, handlers } = usePointerEditing({
    viewport,
    annotation,
    tools,
    tool,
    photo: size,
    editable,
    onSelect,
    onPlace,
  });

  const shown = drag ? place(annotation, drag.tool, drag.point, size) : annotation;
  const landmarks = useMemo(() => toLandmarkSet(shown), [shown]);
  const selected = drag?.tool ?? tool;
  const selectedPlaced = positionOf(annotation, tool, size) !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const placed = positionOf(annotation, tool, size) !== null;
    const arrow = arrows[event.key];
    let handled = true;
    if (event.key === '+' || event.key === '=') viewport.zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') viewport.zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') viewport.fit();
    else if (event.key === 'n' || event.key === 'N') onStep(1);
    else if (event.key === 'p' || event.key === 'P') onStep(-1);
    else if ((event.key === 'Enter' || event.key === ' ') && editable && !placed)
      onPlace(tool, visibleCentre(viewport.current(), viewport.stageSize(), size), 'keyboard');
    else if ((event.key === 'a' || event.key === 'A') && editable && placed) props.onAccept(tool);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && editable && placed)
      onRemove(tool);
    else if (arrow && editable && placed) {
      const step = event.shiftKey ? 10 : 1;
      onNudge(tool, arrow[0] * step, arrow[1] * step);
    } else if (arrow) viewport.pan(-arrow[0] * PAN_STEP, -arrow[1] * PAN_STEP);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const draft = annotation.calibration;
  const showDraftEnds = !landmarks.calibration && (draft.a || draft.b);
  const markerScale = steadyMarkerScale(photo.width, photo.height, zoomPercent / 100);
  const sizes = markerSizes(photo.width, photo.height, markerScale);

  return (
    <div className="pa-canvas">
      <div className="pa-toolbar" role="toolbar" aria-label="Photo view">
        <button
          type="button"
          className="button pa-icon-button"
          onClick={() => viewport.zoomBy(1 / ZOOM_STEP)}
        >
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">Zoom out</span>
        </button>
        <button
          type="button"
          className="button pa-icon-button"
          onClick={() => viewport.zoomBy(ZOOM_STEP)}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">Zoom in</span>
        </button>
        <button type="button" className="button" onClick={viewport.fit}>
          Fit
        </button>
        <span className="pa-zoom muted" aria-live="off">
          {zoomPercent}%
        </span>
        {props.toolbarExtras}
      </div>
      <div
        ref={setStage}
        className={`pa-stage${editable ? ' pa-stage-editable' : ''}${drag ? ' pa-stage-dragging' : ''}`}
        tabIndex={0}
        role="application"
        aria-label={`${props.alt}. Photo area`}
        aria-describedby={props.describedBy}
        onKeyDown={onKeyDown}
        {...handlers}
      >
        <div
          ref={setContent}
          className="pa-content"
          style={{ width: photo.width, height: photo.height }}
          data-testid="annotator-photo"
        >
          <PhotoOverlay
            photo={photo}
            landmarks={landmarks}
            alt={props.alt}
            showGrid={props.showGrid}
            showMeasures={props.showMeasures}
            selectedLandmark={selected.kind === 'landmark' ? selected.id : undefined}
            markerScale={markerScale}
            showSuggestions
          >
            {showDraftEnds &&
              (['a', 'b'] as const).map((end) => {
                const at = draft[end];
                return (
                  at && (
                    <rect
                      key={end}
                      x={at.x - sizes.dot * 0.7}
                      y={at.y - sizes.dot * 0.7}
                      width={sizes.dot * 1.4}
                      height={sizes.dot * 1.4}
                      className="pa-draft-end"
                    />
                  )
                );
              })}
          </PhotoOverlay>
        </div>
        {editable && !selectedPlaced && <span className="pa-aim" aria-hidden="true" />}
        {props.overlay}
      </div>
    </div>
  );
}
