import { z } from 'zod';
import { settingsUpdateSchema, type Settings } from '../domain/settings';
import { channel, noArguments } from './define';
import { imageFileFields } from './photos';

export const settingsChannels = {
  /** The studio details and preferences, with the system locale's defaults for anything unset. */
  'settings:get': channel<Settings>()(noArguments),

  /** Saves only the fields sent and answers with all settings; `logo: null` removes the logo. */
  'settings:update': channel<Settings>()(settingsUpdateSchema),

  /**
   * Makes the image the studio logo printed on reports and handouts: read by its bytes, turned
   * upright, stripped of metadata, kept as PNG at most 800 px on its long edge.
   */
  'settings:setLogo': channel<Settings>()(z.strictObject(imageFileFields)),
};
