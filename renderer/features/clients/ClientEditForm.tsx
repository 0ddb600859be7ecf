import type { Client } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import type { ClientFormValues } from './useClientForm';
import { useClientFormSession } from './useClientFormSession';
import { AlertBanner } from '../../components/AlertBanner';
import { ClientFormActions } from './ClientFormActions';
import { ClientFormFields } from './ClientFormFields';
import { DiscardPrompt } from '../../components/DiscardPrompt';

interface ClientEditFormProps {
  client: Client;
  onSaved: (client: Client) => void;
  onClose: () => void;
}

function formValuesOf(client: Client): ClientFormValues {
  const { firstName, lastName, dateOfBirth, email, phone, occupation, notes } = client;
  return { firstName, lastName, dateOfBirth, email, phone, occupation, notes };
}

/** The new-client form's fields, filled with the saved details; checked the same way. */
export function ClientEditForm({ client, onSaved, onClose }: ClientEditFormProps) {
  const { form, formElement, saving, problem, askingToDiscard, cancel, keepEditing, save } =
    useClientFormSession({
      initial: formValuesOf(client),
      canLeaveQuietly: (current) => !current.isChanged,
      submit: (fields) => invoke('clients:update', { id: client.id, ...fields }),
      onSaved,
      onLeave: onClose,
    });

  return (
    <>
      {problem && (
        <AlertBanner title="The changes were not saved.">
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <form
        ref={formElement}
        className="card form-card edit-card"
        aria-labelledby="edit-details-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="card-title" id="edit-details-title">
          Edit details
        </h2>
        <ClientFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.blur}
        />
        {askingToDiscard && (
          <DiscardPrompt
            title="Discard your changes?"
            text="The changes you made to these details will not be kept."
            discardLabel="Discard changes"
            onDiscard={onClose}
            onKeepEditing={keepEditing}
          />
        )}
        <ClientFormActions saving={saving} saveLabel="Save changes" onCancel={cancel} />
      </form>
    </>
  );
}
