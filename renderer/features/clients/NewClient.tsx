import { useLocation } from 'wouter';
import { clientDisplayName } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { BackToClients } from '../../components/BackLink';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ClientDetailsForm } from './ClientDetailsForm';
import { useClientFormSession } from './useClientFormSession';

export function NewClient() {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const session = useClientFormSession({
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
        discard={{ onDiscard: () => navigate('/') }}
      />
    </div>
  );
}
