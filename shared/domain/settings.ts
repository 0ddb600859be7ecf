import { z } from 'zod';
import {
  EMAIL_MAX,
  isEmailAddress,
  isPhoneNumber,
  isWebAddress,
  PHONE_MAX,
  WEB_ADDRESS_MAX,
} from './contact';

export const unitSystems = ['metric', 'imperial'] as const;
export type UnitSystem = (typeof unitSystems)[number];

export const paperSizes = ['A4', 'Letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** Used when the system locale is missing or unreadable: metric and A4, like most of the world. */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * Regions whose everyday body measurements are in feet, inches and pounds (CLDR's "US" measurement
 * system: United States, Liberia, Myanmar). Everyone else defaults to metric.
 */
const imperialRegions = new Set(['US', 'LR', 'MM']);

/** Regions that print on US Letter (CLDR paperSize "US-Letter"); everyone else uses A4. */
const letterRegions = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'PR',
  'BZ',
  'CL',
  'CO',
  'CR',
  'GT',
  'NI',
  'PA',
  'SV',
  'VE',
]);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` });

const webAddress = text('The website', WEB_ADDRESS_MAX).refine(
  (value) => value === '' || isWebAddress(value),
  { error: 'Enter a web address like www.example.com.' },
);

/**
 * Every setting with its rules. Each one is stored under its own key, so a value an older or newer
 * Stance wrote that no longer passes is replaced by its default alone rather than losing the rest.
 */
export const settingsFields = {
  studioName: text('The studio name', 120),
  practitionerName: text("The practitioner's name", 120),
  studioAddress: text('The address', 500),
  studioPhone: text('The phone number', PHONE_MAX).refine(
    (value) => value === '' || isPhoneNumber(value),
    { error: 'Use digits, spaces and + ( ) - only in the phone number.' },
  ),
  studioEmail: text('The email address', EMAIL_MAX).refine(
    (value) => value === '' || isEmailAddress(value),
    { error: 'Enter an email address like name@example.com.' },
  ),
  studioWebsite: webAddress,
  /** The SHA-256 of a logo image kept in the photo store, or null for no logo. */
  logo: z
    .string({ error: 'The logo must be an image chosen in Stance.' })
    .regex(/^[0-9a-f]{64}$/, { error: 'The logo must be an image chosen in Stance.' })
    .nullable(),
  units: z.enum(unitSystems, { error: 'Units must be metric or imperial.' }),
  paperSize: z.enum(paperSizes, { error: 'Paper size must be A4 or Letter.' }),
  /**
   * Whether she has been asked for the studio's details before her first printed document
   * (answered or put off with "Not now"), so the question comes once; Settings edits them after.
   */
  studioDetailsAsked: z.boolean({ error: 'Answer yes or no.' }),
  /**
   * Whether the pose model suggests points as soon as a photo is imported (provisional until she
   * confirms them, as with "Suggest points"). Off unless she turns it on.
   */
  suggestPointsOnImport: z.boolean({ error: 'Answer yes or no.' }),
};

export type SettingKey = keyof typeof settingsFields;
export const settingKeys = Object.keys(settingsFields) as SettingKey[];

/**
 * The letterhead: the studio's details and logo, the same on every practitioner's printouts, so
 * in a studio they are kept on its server with the records. The rest (her own name, units, paper
 * size, whether she was asked for the details, pose suggestions) belongs to her and this computer
 * and stays in its file wherever the records are.
 */
export const studioWideSettingKeys = [
  'studioName',
  'studioAddress',
  'studioPhone',
  'studioEmail',
  'studioWebsite',
  'logo',
] as const satisfies readonly SettingKey[];

const studioWide: ReadonlySet<string> = new Set(studioWideSettingKeys);

export const isStudioWideSetting = (key: string): boolean => studioWide.has(key);

export const settingsSchema = z.strictObject(settingsFields);
export type Settings = z.output<typeof settingsSchema>;

/**
 * What the Settings page sends: only the fields that changed; unknown keys are refused. A logo is
 * chosen with `settings:setLogo` (which imports the image); here it can only be removed.
 */
export const settingsUpdateSchema = settingsSchema.partial().extend({
  logo: z.null({ error: 'Choose the logo image with “Choose logo…”.' }).optional(),
});

/** The region (e.g. `US`, `DE`, `419`) a locale such as `en-US`, `en_US.UTF-8` or `pt` points to. */
export function regionOf(locale: string): string | null {
  const tag = locale
    .trim()
    .replace(/[.@].*$/, '')
    .replaceAll('_', '-');
  try {
    const parsed = new Intl.Locale(tag);
    if (parsed.region) return parsed.region.toUpperCase();
    // A bare language has no region of its own; "und" would otherwise guess the United States.
    const language = parsed.language as string | undefined;
    if (!language || language === 'und') return null;
    return parsed.maximize().region?.toUpperCase() ?? null;
  } catch {
    return null;
  }
}

/** The settings a practitioner starts with, from the system locale (e.g. `app.getSystemLocale()`). */
export function defaultSettings(locale: string): Settings {
  const region = regionOf(locale) ?? regionOf(FALLBACK_LOCALE) ?? 'GB';
  return {
    studioName: '',
    practitionerName: '',
    studioAddress: '',
    studioPhone: '',
    studioEmail: '',
    studioWebsite: '',
    logo: null,
    units: imperialRegions.has(region) ? 'imperial' : 'metric',
    paperSize: letterRegions.has(region) ? 'Letter' : 'A4',
    studioDetailsAsked: false,
    suggestPointsOnImport: false,
  };
}

/**
 * The settings schema with the locale's defaults: a stored value that passes its rule wins,
 * anything missing or unreadable (say, written by a newer Stance) falls back to the default on
 * its own. Keys it does not know are dropped, as other features keep their values in the same table.
 */
export function settingsSchemaFor(locale: string) {
  const defaults = defaultSettings(locale);
  const f = settingsFields;
  return z.object({
    studioName: f.studioName.catch(defaults.studioName),
    practitionerName: f.practitionerName.catch(defaults.practitionerName),
    studioAddress: f.studioAddress.catch(defaults.studioAddress),
    studioPhone: f.studioPhone.catch(defaults.studioPhone),
    studioEmail: f.studioEmail.catch(defaults.studioEmail),
    studioWebsite: f.studioWebsite.catch(defaults.studioWebsite),
    logo: f.logo.catch(defaults.logo),
    units: f.units.catch(defaults.units),
    paperSize: f.paperSize.catch(defaults.paperSize),
    studioDetailsAsked: f.studioDetailsAsked.catch(defaults.studioDetailsAsked),
    suggestPointsOnImport: f.suggestPointsOnImport.catch(defaults.suggestPointsOnImport),
  });
}

/** The effective settings from what is stored (key -> parsed JSON value) and the system locale. */
export function settingsFromStored(
  stored: Readonly<Record<string, unknown>>,
  locale: string,
): Settings {
  return settingsSchemaFor(locale).parse(stored);
}
