import {
  FALLBACK_LOCALE,
  isStudioWideSetting,
  settingKeys,
  settingsFromStored,
  type Settings,
} from '../../shared/domain/settings';
import type { Records, Stores } from '../db/stores/stores';
import { importLogo } from '../photos/logo';

/**
 * Where the settings live: the letterhead with the records in use (this computer's file or the
 * studio's server), the rest in this computer's file (see `studioWideSettingKeys`).
 */
export interface SettingsPlaces {
  records: Records;
  /** This computer's file; the same stores as `records` while she works on the file. */
  local: Stores;
}

/** The places as a handler reaches them: the records in use, and this computer's file. */
export const settingsPlacesOf =
  (records: () => Records, session: () => { stores: Stores }) => (): SettingsPlaces => ({
    records: records(),
    local: session().stores,
  });

const studioKeys = settingKeys.filter(isStudioWideSetting);
const ownKeys = settingKeys.filter((key) => !isStudioWideSetting(key));

/**
 * `locale` is the system's regional format (Electron's `app.getSystemLocale()`): anything not
 * set yet takes its default from it.
 */
export async function readSettings(
  { records, local }: SettingsPlaces,
  locale: string = FALLBACK_LOCALE,
): Promise<Settings> {
  const [studio, own] = await Promise.all([
    records.stores.settings.read(studioKeys),
    local.settings.read(ownKeys),
  ]);
  return settingsFromStored({ ...own, ...studio }, locale);
}

export async function updateSettings(
  places: SettingsPlaces,
  changes: Readonly<Record<string, unknown>>,
  locale?: string,
): Promise<Settings> {
  const { records, local } = places;
  if (records.stores === local) {
    // One file: one write, so a partly applied change is never seen.
    await local.settings.write(changes);
  } else {
    const entries = Object.entries(changes);
    const studio = entries.filter(([key]) => isStudioWideSetting(key));
    const own = entries.filter(([key]) => !isStudioWideSetting(key));
    if (studio.length > 0) await records.stores.settings.write(Object.fromEntries(studio));
    if (own.length > 0) await local.settings.write(Object.fromEntries(own));
  }
  return readSettings(places, locale);
}

/** The logo is the studio's: stored with the records in use, file and setting together. */
export async function setLogo(
  places: SettingsPlaces,
  { fileName, dataBase64 }: { fileName: string; dataBase64: string },
  locale?: string,
): Promise<Settings> {
  await importLogo(places.records.stores, {
    fileName,
    bytes: Buffer.from(dataBase64, 'base64'),
  });
  return readSettings(places, locale);
}
