import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation } from 'wouter';
import { clientDisplayName, type Client } from '../../../shared/domain/clients';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { BackToClients } from '../../components/BackLink';
import { ClientAssessments } from './ClientAssessments';
import { ClientDetailsCard } from './ClientDetailsCard';
import { ClientEditForm } from './ClientEditForm';
import { readKeptClient } from './kept-client';
import { CompareLink } from '../photos';
import { ClientProgress } from '../progress';
import { ShowClientLink } from '../show';
import { EraseClientDialog } from './EraseClientDialog';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formatDayOf } from '../../lib/format';
import { useClient } from './useClient';
import { useClientAssessments } from './useClientAssessments';
import { useClientRecordActions } from './useClientRecordActions';

/** `onStudio`: her records are on the studio's server, whose backups an erase does not reach. */
export function ClientDetail({ id, onStudio }: { id: string; onStudio: boolean }) {
  const load = useClient(id);

  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed') {
    const missing = load.error.code === 'not-found' || load.error.code === 'invalid-input';
    return (
      <div className="page">
        <PageHeader
          title={missing ? 'Client not found' : 'This client could not be opened'}
          before={<BackToClients />}
          focusOnArrival
        />
        <AlertBanner
          title={missing ? 'That client is not in your records.' : 'Something went wrong.'}
        >
          <p>{load.error.message}</p>
          <p>
            <Link href="/">Go back to your clients</Link>
          </p>
        </AlertBanner>
      </div>
    );
  }
  // Keyed by id, so a different client never starts in the previous one's edit mode.
  return <ClientPage key={load.client.id} initialClient={load.client} onStudio={onStudio} />;
}

function ClientPage({ initialClient, onStudio }: { initialClient: Client; onStudio: boolean }) {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const [client, setClient] = useState(initialClient);
  // Details she typed while the studio server was away open again, to be saved.
  const [editing, setEditing] = useState(() => readKeptClient(initialClient.id) !== null);
  const [erasing, setErasing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const assessments = useClientAssessments(client.id, attempt);
  const actions = useClientRecordActions(client, (restored) => {
    // The banner and its Restore button go away; focus goes to the top of the page, not nowhere.
    flushSync(() => setClient(restored));
    document.querySelector<HTMLElement>('.page-title')?.focus();
  });
  const editButton = useRef<HTMLButtonElement>(null);
  const name = clientDisplayName(client);
  const archived = client.archivedAt !== null;

  const stopEditing = () => {
    // Rendered first, so the button is back in the page to take focus again.
    flushSync(() => setEditing(false));
    editButton.current?.focus();
  };

  const closeEditing = () => {
    stopEditing();
    // A save refused because a colleague changed the details meanwhile leaves this page holding
    // the old details and their old stamp: read them again, so Edit details opens the saved ones.
    void invoke('clients:get', { id: client.id }).then((read) => {
      if (read.ok) setClient(read.value);
    });
  };

  const saved = (updated: Client) => {
    setClient(updated);
    showNotice('The changes were saved.', `/clients/${updated.id}`);
    stopEditing();
  };

  const erased = () => {
    showNotice(`${name} was erased, with everything recorded for them.`, '/');
    // Replaced in history: Back must not lead to a client who no longer exists.
    navigate('/', { replace: true });
  };

  return (
    <div className="page">
      <PageHeader
        title={name}
        before={<BackToClients />}
        subtitle={`Client since ${formatDayOf(client.createdAt)}`}
        focusOnArrival
        actions={
          editing ? undefined : (
            <>
              {assessments.status === 'ready' && assessments.assessments.length > 0 && (
                <Link href={`/clients/${client.id}/report`} className="button">
                  Report
                </Link>
              )}
              {assessments.status === 'ready' && assessments.assessments.length > 0 && (
                <ShowClientLink clientId={client.id} from="client" />
              )}
              {assessments.status === 'ready' && (
                <CompareLink clientId={client.id} assessments={assessments.assessments} />
              )}
              {assessments.status === 'ready' && assessments.assessments[0] && (
                <Link
                  href={`/clients/${client.id}/program/${assessments.assessments[0].assessmentId}`}
                  className="button"
                >
                  Build program
                </Link>
              )}
              <button
                type="button"
                className="button"
                disabled={actions.busy !== null}
                onClick={actions.exportRecord}
              >
                {actions.busy === 'export' ? 'Exporting…' : 'Export record…'}
              </button>
              {!archived && (
                <button
                  type="button"
                  className="button"
                  disabled={actions.busy !== null}
                  onClick={actions.archive}
                >
                  {actions.busy === 'archive' ? 'Archiving…' : 'Archive'}
                </button>
              )}
            </>
          )
        }
      />
      {actions.problem && (
        <AlertBanner
          title={actions.problem.title}
          actions={
            <button type="button" className="button" onClick={actions.dismissProblem}>
              Dismiss
            </button>
          }
        >
          <p>{actions.problem.message}</p>
        </AlertBanner>
      )}
      {archived && (
        <ArchivedBanner
          archivedAt={client.archivedAt ?? ''}
          restoring={actions.busy === 'restore'}
          onRestore={actions.restore}
        />
      )}
      {editing ? (
        <ClientEditForm client={client} onSaved={saved} onClose={closeEditing} />
      ) : (
        <>
          <ClientDetailsCard
            client={client}
            editButton={editButton}
            onEdit={() => setEditing(true)}
          />
          <ClientAssessments
            clientId={client.id}
            load={assessments}
            onRetry={() => setAttempt((count) => count + 1)}
          />
          <ClientProgress clientId={client.id} attempt={attempt} />
          <DangerZone onErase={() => setErasing(true)} />
        </>
      )}
      {erasing && (
        <EraseClientDialog
          client={client}
          assessmentCount={assessments.status === 'ready' ? assessments.assessments.length : null}
          onStudio={onStudio}
          onCancel={() => setErasing(false)}
          onErased={erased}
        />
      )}
    </div>
  );
}

interface ArchivedBannerProps {
  archivedAt: string;
  restoring: boolean;
  onRestore: () => void;
}

function ArchivedBanner({ archivedAt, restoring, onRestore }: ArchivedBannerProps) {
  return (
    <section className="archived-banner" aria-labelledby="archived-banner-title">
      <div>
        <h2 className="archived-banner-title" id="archived-banner-title">
          This client is archived
        </h2>
        <p>
          Archived on {formatDayOf(archivedAt)}. They are kept out of your client list and its
          searches; everything recorded for them is still here.
        </p>
      </div>
      <button type="button" className="button" disabled={restoring} onClick={onRestore}>
        {restoring ? 'Restoring…' : 'Restore'}
      </button>
    </section>
  );
}

function DangerZone({ onErase }: { onErase: () => void }) {
  return (
    <section className="danger-zone" aria-labelledby="danger-zone-title">
      <div>
        <h2 className="danger-zone-title" id="danger-zone-title">
          Erase this client
        </h2>
        <p>
          Removes the client and everything recorded for them from Stance, for good. To only take
          them out of your list, archive them instead.
        </p>
      </div>
      <button type="button" className="button button-danger-outline" onClick={onErase}>
        Erase client…
      </button>
    </section>
  );
}
