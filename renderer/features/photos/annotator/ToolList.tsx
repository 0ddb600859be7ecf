/**
 * What the next click or Enter places: the view's landmarks head to feet, then the plumb line and
 * the two ends of the known length. One radio group, so arrow keys move through it and Tab leaves.
 */
import type { PhotoView } from '../../../../shared/domain/photo-views';
import { landmarkNumber } from '../overlay-geometry';
import { isUnconfirmed } from '../../../../shared/domain/landmark-provenance';
import { isPlaced, toolKey, toolLabel, type Annotation, type Tool } from './annotation';
import type { Size } from './viewport-math';

interface ToolListProps {
  view: PhotoView;
  tools: readonly Tool[];
  tool: Tool;
  annotation: Annotation;
  photo: Size;
  onSelect: (tool: Tool) => void;
}

export function ToolList({ view, tools, tool, annotation, photo, onSelect }: ToolListProps) {
  const selectedKey = toolKey(tool);
  const landmarks = tools.filter((item) => item.kind === 'landmark');
  const references = tools.filter((item) => item.kind !== 'landmark');
  const placedCount = landmarks.filter(
    (item) =>
      isPlaced(annotation, item, photo) &&
      !(item.kind === 'landmark' && isUnconfirmed(annotation, item.id)),
  ).length;

  const option = (item: Tool) => {
    const key = toolKey(item);
    const suggested = item.kind === 'landmark' && isUnconfirmed(annotation, item.id);
    const placed = isPlaced(annotation, item, photo) && !suggested;
    const number = item.kind === 'landmark' ? landmarkNumber(view, item.id) : null;
    return (
      <label key={key} className={`pa-tool${key === selectedKey ? ' pa-tool-selected' : ''}`}>
        <input
          type="radio"
          name="annotator-tool"
          value={key}
          checked={key === selectedKey}
          onChange={() => onSelect(item)}
        />
        <span className="pa-tool-number" aria-hidden="true">
          {number ??
            (item.kind === 'plumb'
              ? '|'
              : item.kind === 'calibration'
                ? item.end.toUpperCase()
                : '')}
        </span>
        <span className="pa-tool-label">
          {toolLabel(view, item)}
          <span className="visually-hidden">
            {suggested ? ', suggested, not yet accepted' : placed ? ', placed' : ', not placed'}
          </span>
        </span>
        <span
          className={
            suggested
              ? 'pa-tool-state pa-tool-suggested'
              : placed
                ? 'pa-tool-state pa-tool-placed'
                : 'pa-tool-state'
          }
        >
          {suggested ? <SuggestedIcon /> : <PlacedIcon placed={placed} />}
        </span>
      </label>
    );
  };

  return (
    <div className="pa-panel">
      <fieldset className="pa-tools">
        <legend className="pa-panel-title">What to place</legend>
        <p className="pa-hint muted">
          {placedCount} of {landmarks.length} landmarks placed
        </p>
        <div className="pa-tool-group">{landmarks.map(option)}</div>
        <p className="pa-tool-heading">Reference lines</p>
        <div className="pa-tool-group">{references.map(option)}</div>
      </fieldset>
    </div>
  );
}

function PlacedIcon({ placed }: { placed: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {placed ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.6 8.3l2.2 2.2 4.6-4.8" stroke="#fff" strokeWidth="1.8" fill="none" />
        </>
      ) : (
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      )}
    </svg>
  );
}

function SuggestedIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <circle
        cx="8"
        cy="8"
        r="6.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeDasharray="3 2"
      />
    </svg>
  );
}
