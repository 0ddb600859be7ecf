/** Which screen a new clip shows, from where, and for the single-leg squat which leg she stood on. */
import { useId } from 'react';
import {
  movementScreens,
  movementViewLabels,
  type MovementTag,
  type MovementView,
} from '../../../shared/domain/movement/screens';

interface TagFieldsProps {
  tag: MovementTag;
  onChange: (tag: MovementTag) => void;
  disabled: boolean;
}

export function TagFields({ tag, onChange, disabled }: TagFieldsProps) {
  const ids = { screen: useId(), view: useId(), side: useId() };
  const screen = movementScreens.find((item) => item.id === tag.screen) ?? movementScreens[0];
  const views: readonly MovementView[] = screen.views;

  const chooseScreen = (id: MovementTag['screen']) => {
    const next = movementScreens.find((item) => item.id === id) ?? movementScreens[0];
    const nextViews: readonly MovementView[] = next.views;
    onChange({
      screen: next.id,
      view: nextViews.includes(tag.view) ? tag.view : nextViews[0]!,
      side: next.id === 'single-leg-squat' ? (tag.side ?? 'left') : null,
    });
  };

  return (
    <div className="clip-tag-fields">
      <div className="clip-tag-field">
        <label className="photo-card-label" htmlFor={ids.screen}>
          Screen
        </label>
        <div className="select-wrap">
          <select
            id={ids.screen}
            className="select"
            value={tag.screen}
            disabled={disabled}
            onChange={(event) => chooseScreen(event.target.value as MovementTag['screen'])}
          >
            {movementScreens.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="clip-tag-field">
        <label className="photo-card-label" htmlFor={ids.view}>
          Filmed
        </label>
        <div className="select-wrap">
          <select
            id={ids.view}
            className="select"
            value={tag.view}
            disabled={disabled || views.length === 1}
            onChange={(event) => onChange({ ...tag, view: event.target.value as MovementView })}
          >
            {views.map((view) => (
              <option key={view} value={view}>
                {movementViewLabels[view]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {tag.screen === 'single-leg-squat' && (
        <div className="clip-tag-field">
          <label className="photo-card-label" htmlFor={ids.side}>
            Standing leg
          </label>
          <div className="select-wrap">
            <select
              id={ids.side}
              className="select"
              value={tag.side ?? 'left'}
              disabled={disabled}
              onChange={(event) =>
                onChange({ ...tag, side: event.target.value as 'left' | 'right' })
              }
            >
              <option value="left">Left</option>
              <option value="right">Right</option>
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
