import { useState } from 'react';
import { invoke } from '../../api';
import { plural } from '../../lib/format';
import { ActionMessage, type ActionMessageContent } from '../../components/ActionMessage';
import { SettingsSection } from '../../components/SettingsSection';

export function ExportSection() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<ActionMessageContent | null>(null);

  const exportCsv = async () => {
    setExporting(true);
    setMessage(null);
    const result = await invoke('clients:exportCsv', { includeArchived });
    setExporting(false);
    if (!result.ok) {
      setMessage({ tone: 'problem', text: result.error.message });
      return;
    }
    // Cancel in the save dialog: nothing was written, so there is nothing to say.
    if (result.value.cancelled) return;
    setMessage({
      tone: 'done',
      text: `Saved ${plural(result.value.clients, 'client', 'clients')} in this file:`,
      path: result.value.file,
    });
  };

  return (
    <SettingsSection
      id="export"
      title="Export"
      description="A spreadsheet of all your clients with their latest visit, pain and disability score, which Excel, Numbers and LibreOffice open."
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
        Include archived clients
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={exporting}
          onClick={() => void exportCsv()}
        >
          {exporting ? 'Exporting…' : 'Export all clients as CSV…'}
        </button>
      </div>
      <ActionMessage message={message} />
    </SettingsSection>
  );
}
