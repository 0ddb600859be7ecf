/** Calluses: "not examined" and "examined, none found" are different answers. */
import type { CallusSite, Side } from '../../../shared/domain/clinical';
import { CALLUS_SITES, CALLUS_SITE_LABELS } from '../../../shared/domain/clinical';
import { ChoiceGroup } from './ChoiceGroup';
import { useBodyValue, useForm, usePreviousValue } from './form-context';
import { TextField } from './TextFields';

const asSites = (value: unknown): readonly CallusSite[] | null =>
  Array.isArray(value) ? (value as CallusSite[]) : null;

export function CallusField({ side, context }: { side: Side; context: string }) {
  const { store } = useForm();
  const path = ['feet', side, 'calluses'] as const;
  const sites = asSites(useBodyValue(path));
  const previous = asSites(usePreviousValue(path));

  const toggle = (site: CallusSite, on: boolean) => {
    const current = sites ?? [];
    const next = on ? [...current, site] : current.filter((item) => item !== site);
    store.setBody(
      path,
      CALLUS_SITES.filter((item) => next.includes(item)),
    );
  };

  return (
    <div className="ae-callus">
      <ChoiceGroup
        name={`ae-callus-${side}`}
        legend={
          <>
            <span className="visually-hidden">{context} </span>Calluses
          </>
        }
        choices={[
          { value: 'no', label: 'Not examined', neutral: true },
          { value: 'yes', label: 'Examined' },
        ]}
        value={sites ? 'yes' : 'no'}
        onChange={(value) => store.setBody(path, value === 'yes' ? (sites ?? []) : undefined)}
        after={
          previous && (
            <span className="ae-was">
              was{' '}
              {previous.length === 0
                ? 'none'
                : previous.map((site) => CALLUS_SITE_LABELS[site].toLowerCase()).join(', ')}
            </span>
          )
        }
      />
      {sites && (
        <fieldset className="ae-checklist ae-callus-sites">
          <legend className="ae-hint">
            <span className="visually-hidden">{context} </span>Where (none ticked means none found)
          </legend>
          <ul className="ae-checklist-items ae-checklist-compact">
            {CALLUS_SITES.map((site) => {
              const id = `ae-callus-${side}-${site}`;
              return (
                <li key={site} className="ae-check">
                  <input
                    type="checkbox"
                    id={id}
                    checked={sites.includes(site)}
                    onChange={(event) => toggle(site, event.target.checked)}
                  />
                  <label htmlFor={id}>{CALLUS_SITE_LABELS[site]}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {sites && (
        <TextField path={['feet', side, 'callusNote']} label="Callus note" context={context} />
      )}
    </div>
  );
}
