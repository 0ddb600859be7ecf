import type { settingsChannels } from '../../shared/channels/settings';
import { readSettings, setLogo, updateSettings } from '../services/settings';
import type { HandlerContext, HandlerGroup } from './types';

/** `locale` is the system's regional format, used for defaults. */
export function settingsHandlers(
  { session }: HandlerContext,
  locale?: string,
): HandlerGroup<keyof typeof settingsChannels> {
  return {
    'settings:get': () => readSettings(session(), locale),
    'settings:update': (changes) => updateSettings(session(), changes, locale),
    'settings:setLogo': (request) => setLogo(session(), request, locale),
  };
}
