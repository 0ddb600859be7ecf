import type { settingsChannels } from '../../shared/channels/settings';
import {
  FALLBACK_LOCALE,
  settingKeys,
  settingsFromStored,
  type Settings,
} from '../../shared/domain/settings';
import { AppError } from '../../shared/errors';
import { readSettingValues, writeSettingValues } from '../db/repositories/settings';
import type { HandlerContext, HandlerGroup } from './types';

/** `locale` is the system's regional format (Electron's `app.getSystemLocale()`), used for defaults. */
export function settingsHandlers(
  { session }: HandlerContext,
  locale: string = FALLBACK_LOCALE,
): HandlerGroup<keyof typeof settingsChannels> {
  const current = (): Settings =>
    settingsFromStored(readSettingValues(session().db, settingKeys), locale);

  return {
    'settings:get': () => current(),

    'settings:update': (changes) => {
      const { db, photos } = session();
      if (changes.logo && !photos.has(changes.logo)) {
        throw new AppError(
          'invalid-input',
          'That logo image could not be found. Please choose it again.',
          [{ path: 'logo', message: 'Choose the logo image again.' }],
        );
      }
      writeSettingValues(db, changes);
      return current();
    },
  };
}
