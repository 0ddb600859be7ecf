import { settingsUpdateSchema, type Settings } from '../domain/settings';
import { channel, noArguments } from './define';

export const settingsChannels = {
  /** The studio details and preferences, with the system locale's defaults for anything unset. */
  'settings:get': channel<Settings>()(noArguments),

  /**
   * Saves only the fields sent and answers with all settings. `logo` must be the hash of an image
   * already in the photo store, or null to remove it.
   */
  'settings:update': channel<Settings>()(settingsUpdateSchema),
};
