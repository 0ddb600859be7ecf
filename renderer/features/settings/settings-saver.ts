/**
 * Saves the studio settings as she types, with the same timing as the assessment form and the
 * annotator (lib/save-scheduler): changes wait for a pause in the typing (or for the field to
 * lose focus) and go to main one save at a time, so an older value can never land after a newer
 * one. A field main refuses keeps its message and stays unsaved; the others still save.
 */
import type { AppErrorShape, FieldIssue } from '../../../shared/errors';
import { invoke } from '../../api';
import { SaveScheduler, type SendOutcome } from '../../lib/save-scheduler';
import type { EditableKey, EditableSettings, SaveState, SettingsErrors } from './settings-fields';
import { textSettingKeys } from './settings-fields';

const TYPING_PAUSE_MS = 500;

/** Where the saver tells the page how saving went (React state setters). */
export interface SaveReport {
  save: (state: SaveState) => void;
  errors: (change: (previous: SettingsErrors) => SettingsErrors) => void;
}

export class SettingsSaver {
  private pending: Partial<EditableSettings> = {};
  private readonly scheduler = new SaveScheduler({
    hasPending: () => Object.keys(this.pending).length > 0,
    sendOnce: () => this.sendOnce(),
    pauseMs: TYPING_PAUSE_MS,
  });

  constructor(private readonly report: SaveReport) {}

  add<K extends EditableKey>(key: K, value: EditableSettings[K]): void {
    this.pending = { ...this.pending, [key]: value };
  }

  /** For typing: saved after a short pause. */
  changed(): void {
    this.scheduler.changed();
  }

  /** Saved now, after any save on its way. */
  async flush(): Promise<void> {
    await this.scheduler.flush();
  }

  /** For a page being left: sent at once. */
  sendNow(): void {
    this.scheduler.sendNow();
  }

  private async sendOnce(): Promise<SendOutcome> {
    const changes = this.pending;
    const keys = Object.keys(changes);
    if (keys.length === 0) return 'sent';
    this.pending = {};
    this.report.save({ status: 'saving' });

    const result = await invoke('settings:update', changes);
    if (result.ok) {
      this.report.errors((previous) => without(previous, keys));
      this.report.save({ status: 'saved' });
      return 'sent';
    }
    const refused = refusedFields(result.error, keys);
    if (refused.length === 0) {
      // Kept for the next attempt, under anything typed since.
      this.pending = { ...changes, ...this.pending };
      this.report.save({ status: 'failed', message: result.error.message });
      return 'failed';
    }
    this.report.errors((previous) => ({ ...without(previous, keys), ...messagesFor(refused) }));
    this.report.save({ status: 'idle' });
    // What she typed in the other fields is fine: it goes again without the refused ones.
    const refusedKeys = refused.map((issue) => issue.path);
    this.pending = { ...without(changes, refusedKeys), ...this.pending };
    return 'sent';
  }
}

const editableKeys: readonly EditableKey[] = [
  ...textSettingKeys,
  'units',
  'paperSize',
  'suggestPointsOnImport',
];

function isEditableKey(path: string): path is EditableKey {
  return (editableKeys as readonly string[]).includes(path);
}

function without<T extends object>(record: T, keys: readonly string[]): T {
  const copy = { ...record };
  for (const key of keys) delete copy[key as keyof T];
  return copy;
}

function refusedFields(error: AppErrorShape, sent: readonly string[]): FieldIssue[] {
  if (error.code !== 'invalid-input') return [];
  return (error.issues ?? []).filter(
    (issue) => isEditableKey(issue.path) && sent.includes(issue.path),
  );
}

function messagesFor(issues: readonly FieldIssue[]): SettingsErrors {
  const messages: SettingsErrors = {};
  for (const issue of issues) if (isEditableKey(issue.path)) messages[issue.path] ??= issue.message;
  return messages;
}
