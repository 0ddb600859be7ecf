import type { BackupSummary } from '../../../shared/channels/backups';
import { formatFileSize } from '../../lib/format';
import { backupKindText, formatMoment } from './backupText';

interface BackupTableProps {
  backups: readonly BackupSummary[];
  caption: string;
  /** Disables every Restore button while another backup step runs. */
  disabled: boolean;
  onRestore: (backup: BackupSummary) => void;
}

/** Backups as rows, newest first, each with its own Restore button. */
export function BackupTable({ backups, caption, disabled, onRestore }: BackupTableProps) {
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Kind</th>
            <th scope="col" className="numeric">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.name}>
              <th scope="row" className="nowrap">
                {formatMoment(backup.takenAt)}
              </th>
              <td>{backupKindText(backup.kind)}</td>
              <td className="numeric nowrap">{formatFileSize(backup.bytes)}</td>
              <td className="action-cell">
                <button
                  type="button"
                  className="button button-small"
                  disabled={disabled}
                  onClick={() => onRestore(backup)}
                >
                  {/* One span: the button's flex gap would otherwise split "Restore" from "…". */}
                  <span>
                    Restore
                    <span className="visually-hidden">
                      {' '}
                      the backup from {formatMoment(backup.takenAt)}
                    </span>
                    …
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
