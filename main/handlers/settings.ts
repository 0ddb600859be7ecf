import type { settingsChannels } from '../../shared/channels/settings';
import {
  FALLBACK_LOCALE,
  settingKeys,
  settingsFromStored,
  type Settings,
} from '../../shared/domain/settings';
import { readSettingValues, writeSettingValues } from '../db/repositories/settings';
import { importLogo } from '../photos/logo';
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
      writeSettingValues(session().db, changes);
      return current();
    },

    'settings:setLogo': async ({ fileName, dataBase64 }) => {
      const { db, photos } = session();
      await importLogo(db, photos, { fileName, bytes: Buffer.from(dataBase64, 'base64') });
      return current();
    },
  };
}
