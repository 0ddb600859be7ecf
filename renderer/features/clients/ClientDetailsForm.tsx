import { AlertBanner } from '../../components/AlertBanner';
import { DiscardPrompt } from '../../components/DiscardPrompt';
import { ServerAwayBanner } from '../../components/ServerAwayBanner';
import { ClientFormActions } from './ClientFormActions';
import { ClientFormFields } from './ClientFormFields';
import type { useClientFormSession } from './useClientFormSession';

type ClientFormSession = ReturnType<typeof useClientFormSession>;

interface ClientDetailsFormProps {
  session: ClientFormSession;
  /** Names the form for assistive technology: a visible heading inside it, or a label. */
  heading: { id: string; text: string } | { label: string };
  className: string;
  problemTitle: string;
  saveLabel: string;
  /** What happens to her typing while the studio server is away, in a sentence or two. */
  awayText: string;
  discard: { title?: string; text?: string; label?: string; onDiscard: () => void };
}

/** The client-details form as both the new-client page and "Edit details" show it. */
export function ClientDetailsForm({
  session,
  heading,
  className,
  problemTitle,
  saveLabel,
  awayText,
  discard,
}: ClientDetailsFormProps) {
  const { form, formElement, saving, away, problem, askingToDiscard, cancel, keepEditing, save } =
    session;
  return (
    <>
      <ServerAwayBanner away={away} className="form-server-away" reveal>
        {awayText}
      </ServerAwayBanner>
      {problem && (
        <AlertBanner title={problemTitle} reveal>
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <form
        ref={formElement}
        className={className}
        {...('id' in heading ? { 'aria-labelledby': heading.id } : { 'aria-label': heading.label })}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {'id' in heading && (
          <h2 className="card-title" id={heading.id}>
            {heading.text}
          </h2>
        )}
        <ClientFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.blur}
        />
        {askingToDiscard && (
          <DiscardPrompt
            {...(discard.title ? { title: discard.title } : {})}
            {...(discard.text ? { text: discard.text } : {})}
            {...(discard.label ? { discardLabel: discard.label } : {})}
            onDiscard={() => session.discard(discard.onDiscard)}
            onKeepEditing={keepEditing}
          />
        )}
        <ClientFormActions saving={saving} saveLabel={saveLabel} onCancel={cancel} />
      </form>
    </>
  );
}
