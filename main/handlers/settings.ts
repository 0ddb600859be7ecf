import type { settingsChannels } from '../../shared/channels/settings';
import { readSettings, setLogo, updateSettings, type SettingsPlaces } from '../services/settings';
import type { HandlerContext, HandlerGroup } from './types';

/** The letterhead goes with the records in use; her own settings stay in this computer's file. */
export function settingsPlaces({ session, records }: HandlerContext): SettingsPlaces {
  return { records: records(), local: session().stores };
}

/** `locale` is the system's regional format, used for defaults. */
export function settingsHandlers(
  context: HandlerContext,
  locale?: string,
): HandlerGroup<keyof typeof settingsChannels> {
  return {
    'settings:get': () => readSettings(settingsPlaces(context), locale),
    'settings:update': (changes) => updateSettings(settingsPlaces(context), changes, locale),
    'settings:setLogo': (request) => setLogo(settingsPlaces(context), request, locale),
  };
}
