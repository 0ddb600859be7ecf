import { useLocation } from 'wouter';
import { clientDisplayName } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { BackToClients } from '../../components/BackLink';
import { ClientFormFields } from './ClientFormFields';
import { DiscardPrompt } from '../../components/DiscardPrompt';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ClientFormActions } from './ClientFormActions';
import { useClientFormSession } from './useClientFormSession';

export function NewClient() {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const { form, formElement, saving, problem, askingToDiscard, cancel, keepEditing, save } =
    useClientFormSession({
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
      {problem && (
        <AlertBanner title="The client was not saved.">
          <p>{problem.message}</p>
        </AlertBanner>
      )}
      <form
        ref={formElement}
        className="card form-card"
        aria-label="New client"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ClientFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.blur}
        />
        {askingToDiscard && (
          <DiscardPrompt onDiscard={() => navigate('/')} onKeepEditing={keepEditing} />
        )}
        <ClientFormActions saving={saving} saveLabel="Save client" onCancel={cancel} />
      </form>
    </div>
  );
}
