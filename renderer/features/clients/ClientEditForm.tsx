import { useState } from 'react';
import type { Client } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { ClientDetailsForm } from './ClientDetailsForm';
import { readKeptClient } from './kept-client';
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
  const [restored] = useState(() => readKeptClient(client.id));
  const session = useClientFormSession({
    initial: formValuesOf(client),
    clientId: client.id,
    loadedUpdatedAt: client.updatedAt,
    restored,
    canLeaveQuietly: (current) => !current.isChanged,
    // A stale stamp is refused with who saved since; her typed details stay in the form.
    submit: (fields, expectedUpdatedAt) =>
      invoke('clients:update', {
        id: client.id,
        ...fields,
        expectedUpdatedAt: expectedUpdatedAt ?? client.updatedAt,
      }),
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
      awayText="Your changes are kept on this computer, and Stance saves them by itself as soon as the server answers again. You can leave this page: they will be here when you come back."
      discard={{
        title: 'Discard your changes?',
        text: 'The changes you made to these details will not be kept.',
        label: 'Discard changes',
        onDiscard: onClose,
      }}
    />
  );
}
