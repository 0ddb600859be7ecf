import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import type { AppErrorShape, FieldIssue } from '../../../shared/errors';
import { invoke } from '../../api';

const TYPING_PAUSE_MS = 500;

/** The settings this page edits as text and choices; the logo has its own field (StudioLogoField). */
export const textSettingKeys = [
  'studioName',
  'practitionerName',
  'studioAddress',
  'studioPhone',
  'studioEmail',
  'studioWebsite',
] as const;
export type TextSettingKey = (typeof textSettingKeys)[number];
export type EditableSettings = Pick<Settings, TextSettingKey | 'units' | 'paperSize'>;
export type EditableKey = keyof EditableSettings;
export type SettingsErrors = Partial<Record<EditableKey, string>>;

export type SettingsLoad =
  | { status: 'loading' }
  | { status: 'ready'; values: EditableSettings }
  | { status: 'failed'; error: AppErrorShape };

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; message: string };

const editableKeys: readonly EditableKey[] = [...textSettingKeys, 'units', 'paperSize'];

function isEditableKey(path: string): path is EditableKey {
  return (editableKeys as readonly string[]).includes(path);
}

function editablePart(settings: Settings): EditableSettings {
  const { studioName, practitionerName, studioAddress, studioPhone, studioEmail, studioWebsite } =
    settings;
  return {
    studioName,
    practitionerName,
    studioAddress,
    studioPhone,
    studioEmail,
    studioWebsite,
    units: settings.units,
    paperSize: settings.paperSize,
  };
}

function without<T extends object>(record: T, keys: readonly string[]): T {
  const copy = { ...record };
  for (const key of keys) delete copy[key as keyof T];
  return copy;
}

/**
 * The studio settings, saved as she types: changes wait for a pause in the typing (or for the
 * field to lose focus) and go to main one save at a time, so an older value can never land after
 * a newer one. A field main refuses keeps its message and stays unsaved; the others still save.
 */
export function useSettings() {
  const [load, setLoad] = useState<SettingsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<Partial<EditableSettings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    void invoke('settings:get', {}).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { status: 'ready', values: editablePart(result.value) }
          : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  const sendPending = useCallback(async (): Promise<void> => {
    for (;;) {
      const changes = pending.current;
      const keys = Object.keys(changes);
      if (keys.length === 0) return;
      pending.current = {};
      setSave({ status: 'saving' });

      const result = await invoke('settings:update', changes);
      if (result.ok) {
        setErrors((previous) => without(previous, keys));
        setSave({ status: 'saved' });
        return;
      }
      const refused = refusedFields(result.error, keys);
      if (refused.length === 0) {
        // Kept for the next attempt, under anything typed since.
        pending.current = { ...changes, ...pending.current };
        setSave({ status: 'failed', message: result.error.message });
        return;
      }
      setErrors((previous) => ({ ...without(previous, keys), ...messagesFor(refused) }));
      setSave({ status: 'idle' });
      // What she typed in the other fields is fine: it goes again without the refused ones.
      const refusedKeys = refused.map((issue) => issue.path);
      pending.current = { ...without(changes, refusedKeys), ...pending.current };
    }
  }, []);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(sendPending);
    return queue.current;
  }, [sendPending]);

  // Leaving the page must not lose the last few keystrokes.
  useEffect(() => () => void flush(), [flush]);

  const update = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    setLoad((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', values: { ...previous.values, [key]: value } }
        : previous,
    );
    pending.current = { ...pending.current, [key]: value };
  };

  /** For typing: saved after a short pause. */
  const change = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    update(key, value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), TYPING_PAUSE_MS);
  };

  /** For a choice (a radio button): saved at once. */
  const choose = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    update(key, value);
    void flush();
  };

  const retry = () => setAttempt((count) => count + 1);

  return { load, errors, save, change, choose, flush, retry };
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
