/** What the settings page edits, and how its saving is shown. */
import type { Settings } from '../../../shared/domain/settings';

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
export type EditableSettings = Pick<
  Settings,
  TextSettingKey | 'units' | 'paperSize' | 'suggestPointsOnImport'
>;
export type EditableKey = keyof EditableSettings;
export type SettingsErrors = Partial<Record<EditableKey, string>>;

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; message: string };
