import { useState } from 'react';
import { useLocation } from 'wouter';
import { clientDisplayName } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { BackToClients } from '../../components/BackLink';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ClientDetailsForm } from './ClientDetailsForm';
import { readKeptClient } from './kept-client';
import { useClientFormSession } from './useClientFormSession';

export function NewClient() {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const [restored] = useState(() => readKeptClient(null));
  const session = useClientFormSession({
    clientId: null,
    loadedUpdatedAt: null,
    restored,
    canLeaveQuietly: (current) => current.isBlank,
    submit: (fields) => invoke('clients:create', fields),
    onSaved: (client) => {
      const clientPage = `/clients/${client.id}`;
      showNotice(`${clientDisplayName(client)} was added to your clients.`, clientPage);
      // Replaces the form in history, so Back from the new client goes to the list.
      navigate(clientPage, { replace: true });
    },
    onLeave: () => navigate('/'),
  });

  return (
    <div className="page page-form">
      <PageHeader
        title="New client"
        before={<BackToClients />}
        subtitle="Only the name is needed now. You can add the rest at any time."
      />
      <ClientDetailsForm
        session={session}
        heading={{ label: 'New client' }}
        className="card form-card"
        problemTitle="The client was not saved."
        saveLabel="Save client"
        awayText="The new client’s details are kept on this computer, and Stance saves them by itself as soon as the server answers again. You can leave this page: they will be here when you open New client again."
        discard={{ onDiscard: () => navigate('/') }}
      />
    </div>
  );
}
