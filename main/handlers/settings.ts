import type { settingsChannels } from '../../shared/channels/settings';
import { readSettings, setLogo, settingsPlacesOf, updateSettings } from '../services/settings';
import type { HandlerContext, HandlerGroup } from './types';

/** `locale` is the system's regional format, used for defaults. */
export function settingsHandlers(
  { records, session }: HandlerContext,
  locale?: string,
): HandlerGroup<keyof typeof settingsChannels> {
  // The letterhead goes with the records in use; her own settings stay in this computer's file.
  const places = settingsPlacesOf(records, session);
  return {
    'settings:get': () => readSettings(places(), locale),
    'settings:update': (changes) => updateSettings(places(), changes, locale),
    'settings:setLogo': (request) => setLogo(places(), request, locale),
  };
}
