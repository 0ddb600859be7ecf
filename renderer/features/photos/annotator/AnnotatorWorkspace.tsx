/**
 * The annotator once everything is loaded: the photo stage, what to place, the plumb line, the
 * known length and the measures. Every change is saved a moment later and announced politely.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '../../../../shared/channels/assessments';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import type { UnitSystem } from '../../../../shared/domain/settings';
import type { Point } from '../../../../shared/domain/photo-views';
import {
  confirmPair,
  crossedPairs,
  swapPair,
  type LandmarkPair,
} from '../../../../shared/domain/landmark-sanity';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  isUnconfirmed,
  unconfirmedIds,
  withSuggestions,
  withoutUnconfirmed,
} from '../../../../shared/domain/landmark-provenance';
import { landmarksOf } from '../../../../shared/domain/photo-views';
import { POSE_MODEL } from '../../../../shared/domain/pose/model';
import type { Suggestions } from '../../../../shared/domain/pose/suggest';
import { useSuggestPoints } from '../pose/useSuggestPoints';
import { AnnotatorCanvas } from './AnnotatorCanvas';
import {
  fromLandmarkSet,
  isPlaced,
  levelPlumb,
  nextUnplacedLandmark,
  nudge,
  place,
  positionOf,
  remove,
  setCalibrationLength,
  toLandmarkSet,
  toolKey,
  toolLabel,
  toolsFor,
  type Annotation,
  type Tool,
} from './annotation';
import { CalibrationControls } from './CalibrationControls';
import { CaptureNotes } from './CaptureNotes';
import { describeMeasures } from './measure-text';
import { MeasuresPanel } from './MeasuresPanel';
import { PairWarnings } from './PairWarnings';
import { PlumbControls } from './PlumbControls';
import { SaveStatus } from './SaveStatus';
import { SuggestPanel } from './SuggestPanel';
import { ToolList } from './ToolList';
import { useLandmarkSaver } from './useLandmarkSaver';

interface AnnotatorWorkspaceProps {
  photo: PhotoInfo;
  assessment: Assessment;
  units: UnitSystem;
  alt: string;
  /** Where the save state goes (the page header). */
  renderStatus: (status: ReactNode) => ReactNode;
}

const KEYS_ID = 'pa-keys';
const whole = (value: number) => Math.round(value);

export function AnnotatorWorkspace({
  photo,
  assessment,
  units,
  alt,
  renderStatus,
}: AnnotatorWorkspaceProps) {
  const { view } = photo;
  const earlier = photo.revision !== assessment.revision;
  const editable = assessment.status === 'draft' && !earlier;
  const size = useMemo(
    () => ({ width: photo.width, height: photo.height }),
    [photo.width, photo.height],
  );
  const tools = useMemo(() => toolsFor(view), [view]);
  const [annotation, setAnnotation] = useState<Annotation>(() => fromLandmarkSet(photo.landmarks));
  const [tool, setTool] = useState<Tool>(
    () => nextUnplacedLandmark(view, annotation, { kind: 'plumb' }) ?? tools[0]!,
  );
  const [showGrid, setShowGrid] = useState(false);
  const [showMeasures, setShowMeasures] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const { state: saveState, saver } = useLandmarkSaver(photo.id, editable);

  const landmarks = useMemo(() => toLandmarkSet(annotation), [annotation]);
  const rows = useMemo(() => describeMeasures(view, landmarks, units), [view, landmarks, units]);
  const crossed = useMemo(() => crossedPairs(view, annotation), [view, annotation]);
  const label = (item: Tool) => toolLabel(view, item);

  const where = (next: Annotation, item: Tool) => {
    if (item.kind === 'plumb') {
      const line = next.plumbLine;
      return line
        ? `at ${whole(line.x)} px from the left, leaning ${line.angleDeg.toFixed(1)}°`
        : '';
    }
    const at = positionOf(next, item, size);
    return at ? `at x ${whole(at.x)}, y ${whole(at.y)}` : '';
  };

  const commit = (next: Annotation, message: string) => {
    // Said as it happens, so a pair that has just become crossed is heard, not only seen.
    const before = new Set(crossed.map((item) => item.pair));
    const newlyCrossed = crossedPairs(view, next).filter((item) => !before.has(item.pair));
    const warning = newlyCrossed
      .map((item) => ` ${item.label}: right and left look swapped; its measures wait.`)
      .join('');
    setAnnotation(next);
    saver.schedule(toLandmarkSet(next));
    setAnnouncement(`${message}${warning}`);
  };

  const select = (item: Tool) => setTool(item);

  const onPlace = (item: Tool, point: Point, via: 'pointer' | 'drag' | 'keyboard') => {
    const wasPlaced = isPlaced(annotation, item, size);
    const next = place(annotation, item, point, size);
    let message = `${label(item)} ${wasPlaced ? 'moved' : 'placed'} ${where(next, item)}.`;
    if (!wasPlaced && via !== 'drag') {
      const following =
        item.kind === 'landmark'
          ? nextUnplacedLandmark(view, next, item)
          : item.kind === 'calibration' && item.end === 'a' && !next.calibration.b
            ? ({ kind: 'calibration', end: 'b' } as const)
            : null;
      if (following) {
        setTool(following);
        message += ` Next: ${label(following)}.`;
      } else if (item.kind === 'landmark') message += ' Every landmark is placed.';
    }
    commit(next, message);
  };

  const onNudge = (item: Tool, dx: number, dy: number) => {
    const next = nudge(annotation, item, dx, dy, size);
    commit(next, `${label(item)} ${where(next, item)}.`);
  };

  const onRemove = (item: Tool) => commit(remove(annotation, item), `${label(item)} removed.`);

  const landmarkLabel = (id: string) => label({ kind: 'landmark', id });

  // The model takes a moment; she may place points meanwhile, so suggestions join the latest set.
  const latest = useRef(annotation);
  useEffect(() => {
    latest.current = annotation;
  }, [annotation]);
  const onSuggested = useCallback(
    (suggestions: Suggestions) => {
      const current = latest.current;
      const next = withSuggestions(current, suggestions.points, {
        model: POSE_MODEL.id,
        modelVersion: POSE_MODEL.version,
      });
      latest.current = next;
      setAnnotation(next);
      saver.schedule(toLandmarkSet(next));
      const added = unconfirmedIds(next).length - unconfirmedIds(current).length;
      setAnnouncement(
        suggestions.personFound
          ? `${added} suggested points added. Accept them, or move one to where it belongs.`
          : 'No person was found in this photo.',
      );
    },
    [saver],
  );
  const suggest = useSuggestPoints(photo, assessment, onSuggested);
  const [notesHiddenFor, setNotesHiddenFor] = useState<unknown>(null);
  const stageNotes =
    suggest.state.kind === 'found' && suggest.state !== notesHiddenFor
      ? [...suggest.state.capture, ...suggest.state.changes].map((note) => note.message)
      : [];
  const waiting = landmarksOf(view)
    .filter((item) => isUnconfirmed(annotation, item.id))
    .map((item) => ({
      id: item.id,
      label: item.label,
      confidence: annotation.provenance?.[item.id]?.confidence ?? 0,
    }));

  const onAccept = (id: string) =>
    commit(acceptSuggestion(annotation, id), `${landmarkLabel(id)} accepted.`);
  const onAcceptAll = () =>
    commit(acceptAllSuggestions(annotation), `${waiting.length} suggested points accepted.`);
  const onDiscard = () => commit(withoutUnconfirmed(annotation), 'Suggestions removed.');

  const onSwap = (pair: LandmarkPair) =>
    commit(swapPair(annotation, pair.pair), `${pair.label}: right and left swapped.`);

  const onKeep = (pair: LandmarkPair) =>
    commit(confirmPair(annotation, pair.pair), `${pair.label}: kept as placed.`);

  const onStep = (delta: 1 | -1) => {
    const index = tools.findIndex((item) => toolKey(item) === toolKey(tool));
    const next = tools[(index + delta + tools.length) % tools.length]!;
    setTool(next);
    setAnnouncement(
      `${label(next)}, ${isPlaced(annotation, next, size) ? 'placed' : 'not placed'}.`,
    );
  };

  const ankle = view.endsWith('lateral') ? (annotation.points['lateral-malleolus'] ?? null) : null;
  const plumb: Tool = { kind: 'plumb' };

  return (
    <>
      {renderStatus(
        <SaveStatus
          state={saveState}
          locked={editable ? null : 'Read only'}
          onRetry={saver.retry}
        />,
      )}
      {!editable && (
        <p className="pa-readonly-note" data-testid="annotator-read-only">
          {earlier
            ? `This photo belongs to revision ${photo.revision}, which is kept as it was, so its landmarks can be looked at but not changed.`
            : 'This assessment is finalized, so its photos and landmarks can be looked at but not changed. To correct them, amend the assessment first.'}
        </p>
      )}
      <div className="pa-layout">
        <div className="pa-main">
          <AnnotatorCanvas
            photo={photo}
            annotation={annotation}
            tool={tool}
            tools={tools}
            editable={editable}
            showGrid={showGrid}
            showMeasures={showMeasures}
            alt={alt}
            describedBy={KEYS_ID}
            onSelect={select}
            onStep={onStep}
            onPlace={onPlace}
            onNudge={onNudge}
            onRemove={onRemove}
            onAccept={(item) => {
              if (item.kind === 'landmark' && isUnconfirmed(annotation, item.id)) onAccept(item.id);
            }}
            overlay={
              <CaptureNotes notes={stageNotes} onHide={() => setNotesHiddenFor(suggest.state)} />
            }
            toolbarExtras={
              <>
                <label className="pa-check">
                  <input
                    type="checkbox"
                    checked={showGrid}
                    onChange={(event) => setShowGrid(event.target.checked)}
                  />
                  Grid
                </label>
                <label className="pa-check">
                  <input
                    type="checkbox"
                    checked={showMeasures}
                    onChange={(event) => setShowMeasures(event.target.checked)}
                  />
                  Measure lines
                </label>
              </>
            }
          />
          <p id={KEYS_ID} className="pa-keys muted">
            {editable
              ? 'Click the photo to place the selected mark, drag a mark to move it, drag the photo to pan and hold Ctrl (⌘ on a Mac) with the wheel to zoom; once zoomed in, the wheel alone zooms. With the photo focused: Enter places the selected mark in the middle of the view, arrow keys move it by 1 pixel (with Shift by 10), A accepts a suggested mark, Delete removes it, N and P choose the next or previous mark, and + − 0 zoom.'
              : 'Drag the photo to pan and hold Ctrl (⌘ on a Mac) with the wheel to zoom. With the photo focused: arrow keys pan, + − 0 zoom.'}
          </p>
          <p
            className="visually-hidden"
            role="status"
            aria-live="polite"
            data-testid="annotator-announcement"
          >
            {announcement}
          </p>
        </div>
        <div className="pa-side">
          <PairWarnings
            view={view}
            pairs={crossed}
            editable={editable}
            onSwap={onSwap}
            onKeep={onKeep}
          />
          <SuggestPanel
            view={view}
            editable={editable}
            state={suggest.state}
            waiting={waiting}
            labelOf={landmarkLabel}
            onSuggest={() => void suggest.run()}
            onAccept={onAccept}
            onAcceptAll={onAcceptAll}
            onDiscard={onDiscard}
          />
          <ToolList
            view={view}
            tools={tools}
            tool={tool}
            annotation={annotation}
            photo={size}
            onSelect={select}
          />
          <MeasuresPanel rows={rows} calibrated={landmarks.calibration !== undefined} />
          <PlumbControls
            plumbLine={annotation.plumbLine}
            editable={editable}
            ankle={ankle}
            onPlaceAt={(point) => onPlace(plumb, point, 'pointer')}
            onPlaceInMiddle={() =>
              onPlace(plumb, { x: size.width / 2, y: size.height / 2 }, 'pointer')
            }
            onLevel={(angleDeg) => {
              const next = levelPlumb(annotation, angleDeg);
              commit(next, `Plumb line leaning ${next.plumbLine?.angleDeg.toFixed(1) ?? '0.0'}°.`);
            }}
          />
          <CalibrationControls
            draft={annotation.calibration}
            units={units}
            editable={editable}
            onLength={(lengthCm) => commit(setCalibrationLength(annotation, lengthCm), '')}
            onClear={() =>
              commit({ ...annotation, calibration: { lengthCm: null } }, 'Known length removed.')
            }
          />
        </div>
      </div>
    </>
  );
}
