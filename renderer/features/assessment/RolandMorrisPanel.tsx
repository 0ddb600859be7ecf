/** Roland-Morris: 24 statements, shown by our own short labels; the score is the number ticked. */
import {
  MCID_RULES,
  ROLAND_MORRIS_ITEM_COUNT,
  ROLAND_MORRIS_ITEM_LABELS,
} from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';
import { useBodyValue, useForm, usePreviousValue } from './form-context';
import { Panel } from './Section';
import { changeText } from './units';

const PATH = ['rolandMorris', 'responses'] as const;

const asResponses = (value: unknown): readonly boolean[] | null =>
  Array.isArray(value) ? value.map((item) => item === true) : null;

export function RolandMorrisPanel() {
  const { store } = useForm();
  const responses = asResponses(useBodyValue(PATH));
  const previous = asResponses(usePreviousValue(PATH));
  const score = responses?.filter(Boolean).length ?? null;
  const previousScore = previous?.filter(Boolean).length ?? null;

  const tick = (index: number, ticked: boolean) => {
    const base = responses ?? Array<boolean>(ROLAND_MORRIS_ITEM_COUNT).fill(false);
    store.setBody(['rolandMorris'], {
      responses: base.map((value, at) => (at === index ? ticked : value)),
    });
  };

  return (
    <Panel
      title="Roland-Morris Disability Questionnaire"
      aside={
        responses ? (
          <button
            type="button"
            className="button ae-button-small"
            onClick={() => store.setBody(['rolandMorris'], undefined)}
          >
            Clear Roland-Morris
          </button>
        ) : (
          <button
            type="button"
            className="button ae-button-small"
            onClick={() =>
              store.setBody(['rolandMorris'], {
                responses: Array<boolean>(ROLAND_MORRIS_ITEM_COUNT).fill(false),
              })
            }
          >
            None apply (score 0)
          </button>
        )
      }
    >
      <fieldset className="ae-checklist">
        <legend className="ae-hint">
          Tick each statement the client says applies today. Short labels, in our words.
        </legend>
        <ol className="ae-checklist-items">
          {ROLAND_MORRIS_ITEM_LABELS.map((label, index) => {
            const id = `ae-rmdq-${index + 1}`;
            return (
              <li key={id} className="ae-check">
                <input
                  type="checkbox"
                  id={id}
                  checked={responses?.[index] ?? false}
                  onChange={(event) => tick(index, event.target.checked)}
                />
                <label htmlFor={id}>
                  <span className="ae-check-number">{index + 1}.</span> {label}
                  {previous?.[index] && <span className="ae-was"> · ticked last time</span>}
                </label>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <p className="ae-score" role="status">
        {score === null ? (
          <span className="muted">Not recorded</span>
        ) : (
          <>
            <strong>
              {score} of {ROLAND_MORRIS_ITEM_COUNT}
            </strong>{' '}
            statements apply
          </>
        )}
        {previousScore !== null && (
          <span className="ae-was">
            {' '}
            · was {previousScore}
            {score !== null && ` · ${changeText(score - previousScore, null)}`}
          </span>
        )}
      </p>
      <p className="ae-hint">
        {MCID_RULES.rmdq.ruleText}
        <EvidenceButton
          source={MCID_RULES.rmdq.source}
          rule="Roland-Morris smallest important change"
        />
      </p>
    </Panel>
  );
}
