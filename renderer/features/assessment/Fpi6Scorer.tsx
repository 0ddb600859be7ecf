/**
 * FPI-6 for one foot: six items from −2 to +2 with the total and band kept live. Item names are
 * facts; the manual's per-score criteria are © A. Redmond and stay in the manual.
 */
import type { Side } from '../../../shared/domain/clinical';
import {
  FPI6_ITEMS,
  FPI6_ITEM_COUNT,
  formatSigned,
  scoreFpi6,
} from '../../../shared/domain/clinical';
import type { Choice } from './ChoiceGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { useBodyValue, useForm, usePreviousValue } from './form-context';
import { TextField } from './TextFields';
import { changeText } from './units';

const CHOICES: readonly Choice[] = [-2, -1, 0, 1, 2].map((score) => ({
  value: String(score),
  label: formatSigned(score),
}));

type Items = readonly (number | null)[];

const asItems = (value: unknown): Items | null =>
  Array.isArray(value) && value.length === FPI6_ITEM_COUNT
    ? value.map((item) => (typeof item === 'number' ? item : null))
    : null;

export function Fpi6Scorer({ side, sideLabel }: { side: Side; sideLabel: string }) {
  const { store } = useForm();
  const items = asItems(useBodyValue(['feet', side, 'fpi6', 'items']));
  const previous = asItems(usePreviousValue(['feet', side, 'fpi6', 'items']));

  // A blank item is an omitted one: the document has no separate "not scored yet".
  const choose = (index: number, value: number | null) => {
    const base = items ?? Array<null>(FPI6_ITEM_COUNT).fill(null);
    const next = base.map((item, at) => (at === index ? value : item));
    store.setBody(['feet', side, 'fpi6', 'items'], next);
  };

  return (
    <div className="ae-fpi">
      <div className="ae-fpi-head">
        <h4 className="ae-subtitle">
          <span className="visually-hidden">{sideLabel}: </span>FPI-6
        </h4>
        {items && (
          <button
            type="button"
            className="button ae-button-small"
            onClick={() => store.setBody(['feet', side, 'fpi6'], undefined)}
          >
            Clear<span className="visually-hidden"> {sideLabel.toLowerCase()} FPI-6</span>
          </button>
        )}
      </div>
      <p className="ae-hint">
        −2 supinated to +2 pronated, by the manual’s criteria. Leave an item blank if it could not
        be scored.
      </p>
      {FPI6_ITEMS.map((item, index) => {
        const current = items?.[index] ?? null;
        const before = previous?.[index];
        return (
          <ChoiceGroup
            key={item.id}
            name={`ae-fpi-${side}-${item.number}`}
            legend={
              <>
                <span className="visually-hidden">{sideLabel} FPI-6 item </span>
                {item.number}. {item.label}
              </>
            }
            hint={item.help}
            choices={CHOICES}
            value={current === null ? null : String(current)}
            onChange={(chosen) => choose(index, Number(chosen))}
            after={
              <>
                {current !== null && (
                  <button
                    type="button"
                    className="ae-link-button"
                    onClick={() => choose(index, null)}
                  >
                    Omit
                    <span className="visually-hidden">
                      {' '}
                      {sideLabel.toLowerCase()} item {item.number}
                    </span>
                  </button>
                )}
                {before !== undefined && (
                  <span className="ae-was">
                    was {before === null ? 'omitted' : formatSigned(before)}
                  </span>
                )}
              </>
            }
            className="ae-fpi-item"
          />
        );
      })}
      <Fpi6Total items={items} previous={previous} />
      {items && (
        <TextField
          path={['feet', side, 'fpi6', 'omissionNote']}
          label="Note on omitted items"
          context={`${sideLabel}:`}
        />
      )}
    </div>
  );
}

function Fpi6Total({ items, previous }: { items: Items | null; previous: Items | null }) {
  const score = items ? scoreFpi6(items) : null;
  const before = previous ? scoreFpi6(previous) : null;
  const was =
    before?.complete && score?.complete ? (
      <span className="ae-was">
        {' '}
        · was {formatSigned(before.total)} · {changeText(score.total - before.total, null)}
      </span>
    ) : before?.complete ? (
      <span className="ae-was"> · was {formatSigned(before.total)}</span>
    ) : null;
  if (!score) {
    return (
      <p className="ae-score" role="status">
        <span className="muted">Not scored</span>
        {was}
      </p>
    );
  }
  const band = score.band?.label;
  return (
    <p className="ae-score" role="status">
      Total <strong>{formatSigned(score.total)}</strong>
      {!score.complete && (
        <span className="muted">
          {' '}
          from {score.itemsScored} of 6 items (omitted: {score.omittedItems.join(', ')})
        </span>
      )}
      {band ? (
        <>
          {' '}
          · <strong>{band}</strong>
        </>
      ) : (
        <span className="muted">
          {' '}
          · no band: the full total could be {formatSigned(score.possibleRange.min)} to{' '}
          {formatSigned(score.possibleRange.max)}
        </span>
      )}
      {was}
    </p>
  );
}
