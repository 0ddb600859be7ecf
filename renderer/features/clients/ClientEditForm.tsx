import type { Client } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { ClientDetailsForm } from './ClientDetailsForm';
import type { ClientFormValues } from './useClientForm';
import { useClientFormSession } from './useClientFormSession';

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
  const session = useClientFormSession({
    initial: formValuesOf(client),
    canLeaveQuietly: (current) => !current.isChanged,
    // A stale stamp is refused with who saved since; her typed details stay in the form.
    submit: (fields) =>
      invoke('clients:update', { id: client.id, ...fields, expectedUpdatedAt: client.updatedAt }),
    onSaved,
    onLeave: onClose,
  });
  return (
    <ClientDetailsForm
      session={session}
      heading={{ id: 'edit-details-title', text: 'Edit details' }}
      className="card form-card edit-card"
      problemTitle="The changes were not saved."
      saveLabel="Save changes"
      discard={{
        title: 'Discard your changes?',
        text: 'The changes you made to these details will not be kept.',
        label: 'Discard changes',
        onDiscard: onClose,
      }}
    />
  );
}
