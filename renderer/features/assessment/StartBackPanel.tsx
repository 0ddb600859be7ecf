/** STarT Back: eight agree/disagree items and one graded item give the risk group. */
import type { BoundOption } from './BoundChoice';
import { BoundChoice } from './BoundChoice';
import type { StartBackRecord } from '../../../shared/domain/clinical';
import {
  BOTHERSOMENESS_LABELS,
  BOTHERSOMENESS_LEVELS,
  START_BACK_AGREE_ITEM_COUNT,
  START_BACK_ITEMS,
  START_BACK_RISK_LABELS,
  scoreStartBack,
} from '../../../shared/domain/clinical';
import { useBodyValue, useForm, usePreviousValue } from './form-context';
import { Panel } from './Section';

const AGREE: readonly BoundOption[] = [
  { stored: true, label: 'Agree' },
  { stored: false, label: 'Disagree' },
];
const BOTHER: readonly BoundOption[] = BOTHERSOMENESS_LEVELS.map((level) => ({
  stored: level,
  label: BOTHERSOMENESS_LABELS[level],
}));

const asRecord = (value: unknown) =>
  value && typeof value === 'object' ? (value as StartBackRecord) : null;
const emptyRecord = (): StartBackRecord => ({
  agree: Array<null>(START_BACK_AGREE_ITEM_COUNT).fill(null),
  bothersomeness: null,
});

export function StartBackPanel() {
  const { store } = useForm();
  const record = asRecord(useBodyValue(['startBack']));
  const previous = asRecord(usePreviousValue(['startBack']));

  const answer = (index: number | 'bothersomeness', stored: BoundOption['stored']) => {
    const base = record ?? emptyRecord();
    store.setBody(
      ['startBack'],
      index === 'bothersomeness'
        ? { ...base, bothersomeness: stored as StartBackRecord['bothersomeness'] }
        : {
            ...base,
            agree: base.agree.map((value, at) => (at === index ? (stored as boolean) : value)),
          },
    );
  };

  return (
    <Panel
      title="STarT Back screening"
      aside={
        record && (
          <button
            type="button"
            className="button ae-button-small"
            onClick={() => store.setBody(['startBack'], undefined)}
          >
            Clear STarT Back
          </button>
        )
      }
    >
      <p className="ae-hint">The client’s answers about the last two weeks.</p>
      <div className="ae-rows">
        {START_BACK_ITEMS.slice(0, START_BACK_AGREE_ITEM_COUNT).map((item, index) => (
          <BoundChoice
            key={item.number}
            path={['startBack', 'agree', index]}
            legend={`${item.number}. ${item.label}`}
            options={AGREE}
            onChoose={(stored) => answer(index, stored)}
            className="ae-row-choice ae-row-inline"
          />
        ))}
        <BoundChoice
          path={['startBack', 'bothersomeness']}
          legend={`9. ${START_BACK_ITEMS[8]?.label ?? 'Overall bothersomeness'}`}
          options={BOTHER}
          onChoose={(stored) => answer('bothersomeness', stored)}
          className="ae-row-choice ae-row-inline"
        />
      </div>
      <StartBackResult record={record} previous={previous} />
    </Panel>
  );
}

function StartBackResult({
  record,
  previous,
}: {
  record: StartBackRecord | null;
  previous: StartBackRecord | null;
}) {
  const before = previous ? scoreStartBack(previous) : null;
  const was = before?.complete ? (
    <span className="ae-was"> · was {START_BACK_RISK_LABELS[before.risk].toLowerCase()}</span>
  ) : null;
  if (!record) {
    return (
      <p className="ae-score" role="status">
        <span className="muted">Not recorded</span>
        {was}
      </p>
    );
  }
  const score = scoreStartBack(record);
  if (!score.complete) {
    return (
      <p className="ae-score" role="status">
        <span className="muted">
          The risk group needs every item: {score.unansweredItems.length === 1 ? 'item' : 'items'}{' '}
          {score.unansweredItems.join(', ')} still to answer.
        </span>
        {was}
      </p>
    );
  }
  return (
    <p className="ae-score" role="status">
      <strong>{START_BACK_RISK_LABELS[score.risk]}</strong>
      <span className="muted">
        {' '}
        (total {score.total} of 9, psychosocial {score.psychosocial} of 5)
      </span>
      {was}
    </p>
  );
}
