import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import { SettingsSaver } from './settings-saver';
import type { EditableKey, EditableSettings, SaveState, SettingsErrors } from './settings-fields';

export {
  textSettingKeys,
  type EditableKey,
  type EditableSettings,
  type SaveState,
  type SettingsErrors,
  type TextSettingKey,
} from './settings-fields';

export type SettingsLoad =
  | { status: 'loading' }
  | { status: 'ready'; values: EditableSettings }
  | { status: 'failed'; error: AppErrorShape };

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
    suggestPointsOnImport: settings.suggestPointsOnImport,
  };
}

/**
 * The studio settings, saved as she types (settings-saver.ts). A field main refuses keeps its
 * message and stays unsaved; the others still save.
 */
export function useSettings() {
  const [load, setLoad] = useState<SettingsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [saver] = useState(() => new SettingsSaver({ save: setSave, errors: setErrors }));

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

  const flush = useCallback(() => saver.flush(), [saver]);

  // Leaving the page must not lose the last few keystrokes.
  useEffect(() => () => saver.sendNow(), [saver]);

  const update = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    setLoad((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', values: { ...previous.values, [key]: value } }
        : previous,
    );
    saver.add(key, value);
  };

  /** For typing: saved after a short pause. */
  const change = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    update(key, value);
    saver.changed();
  };

  /** For a choice (a radio button): saved at once. */
  const choose = <K extends EditableKey>(key: K, value: EditableSettings[K]) => {
    update(key, value);
    void saver.flush();
  };

  const retry = () => setAttempt((count) => count + 1);

  return { load, errors, save, change, choose, flush, retry };
}
