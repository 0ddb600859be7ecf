import { commandKeyName } from '../../hooks/useKeyboardShortcut';

interface ClientFormActionsProps {
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
}

export function ClientFormActions({ saving, saveLabel, onCancel }: ClientFormActionsProps) {
  return (
    <div className="form-actions" data-form-actions>
      <button
        type="submit"
        className="button button-primary"
        aria-keyshortcuts="Control+S Meta+S"
        disabled={saving}
      >
        {saving ? 'Saving…' : saveLabel}
      </button>
      <button type="button" className="button" aria-keyshortcuts="Escape" onClick={onCancel}>
        Cancel
      </button>
      <p className="form-shortcuts" aria-hidden="true">
        <kbd>{commandKeyName}</kbd>+<kbd>S</kbd> saves · <kbd>Esc</kbd> cancels
      </p>
    </div>
  );
}
