import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  regionOf,
  settingsFromStored,
  settingsUpdateSchema,
} from '../../shared/domain/settings';
import { toFieldIssues } from '../../shared/validation';

describe('defaults from the system locale', () => {
  it.each([
    ['en-US', 'imperial', 'Letter'],
    ['es-US', 'imperial', 'Letter'],
    ['en_US.UTF-8', 'imperial', 'Letter'],
    ['en', 'imperial', 'Letter'],
    ['en-GB', 'metric', 'A4'],
    ['de-DE', 'metric', 'A4'],
    ['fr-FR', 'metric', 'A4'],
    ['en-AU', 'metric', 'A4'],
    ['en-CA', 'metric', 'Letter'],
    ['fr-CA', 'metric', 'Letter'],
    ['es-MX', 'metric', 'Letter'],
    ['fil-PH', 'metric', 'Letter'],
    ['es-CL', 'metric', 'Letter'],
    ['pt', 'metric', 'A4'],
    ['zh-Hant-TW', 'metric', 'A4'],
    ['es-419', 'metric', 'A4'],
  ])('%s -> %s, %s', (locale, units, paperSize) => {
    expect(defaultSettings(locale)).toMatchObject({ units, paperSize });
  });

  it.each(['', 'C', 'POSIX', 'und', 'not a locale!', '12345'])(
    'falls back to metric and A4 for %j',
    (locale) => {
      expect(defaultSettings(locale)).toMatchObject({ units: 'metric', paperSize: 'A4' });
    },
  );

  it('starts with empty studio details and no logo', () => {
    expect(defaultSettings('en-GB')).toEqual({
      studioName: '',
      practitionerName: '',
      studioAddress: '',
      studioPhone: '',
      studioEmail: '',
      studioWebsite: '',
      logo: null,
      units: 'metric',
      paperSize: 'A4',
      studioDetailsAsked: false,
      suggestPointsOnImport: false,
    });
  });

  it('reads the region from tags written in several ways', () => {
    expect(regionOf('en-US')).toBe('US');
    expect(regionOf('de_AT')).toBe('AT');
    expect(regionOf('pt_BR.UTF-8@euro')).toBe('BR');
    expect(regionOf('sr-Latn-RS')).toBe('RS');
    expect(regionOf('und')).toBeNull();
    expect(regionOf('')).toBeNull();
  });
});

describe('stored settings', () => {
  it('uses stored values that pass and the locale default for anything else', () => {
    const settings = settingsFromStored(
      {
        studioName: 'Align Studio',
        units: 'furlongs',
        paperSize: 'A4',
        logo: 'not a hash',
        somethingElse: 42,
      },
      'en-US',
    );
    expect(settings).toEqual({
      ...defaultSettings('en-US'),
      studioName: 'Align Studio',
      paperSize: 'A4',
    });
    expect(settings).not.toHaveProperty('somethingElse');
  });
});

describe('settings update validation', () => {
  const messages = (payload: unknown) => {
    const parsed = settingsUpdateSchema.safeParse(payload);
    return parsed.success
      ? {}
      : Object.fromEntries(toFieldIssues(parsed.error).map((i) => [i.path, i.message]));
  };

  it('accepts any subset of fields, trimmed', () => {
    expect(settingsUpdateSchema.parse({})).toEqual({});
    expect(settingsUpdateSchema.parse({ studioName: '  Align  ', units: 'imperial' })).toEqual({
      studioName: 'Align',
      units: 'imperial',
    });
    expect(
      settingsUpdateSchema.parse({
        studioWebsite: 'https://align.example/studio?x=1',
        studioEmail: 'desk@align.example',
        studioPhone: '+44 (0)20 7946 0000',
        logo: null,
      }),
    ).toMatchObject({ logo: null });
    expect(settingsUpdateSchema.safeParse({ studioWebsite: 'www.align.example' }).success).toBe(
      true,
    );
  });

  it('explains each refusal in plain words', () => {
    expect(
      messages({
        studioEmail: 'desk@',
        studioWebsite: 'javascript:alert(1)',
        studioPhone: 'call me',
        units: 'furlongs',
        paperSize: 'A3',
        logo: '../../etc/passwd',
        studioName: 'x'.repeat(121),
      }),
    ).toEqual({
      studioEmail: 'Enter an email address like name@example.com.',
      studioWebsite: 'Enter a web address like www.example.com.',
      studioPhone: 'Use digits, spaces and + ( ) - only in the phone number.',
      units: 'Units must be metric or imperial.',
      paperSize: 'Paper size must be A4 or Letter.',
      logo: 'Choose the logo image with “Choose logo…”.',
      studioName: 'The studio name is too long (at most 120 characters).',
    });
  });

  it('refuses fields it does not know and values of the wrong kind', () => {
    expect(settingsUpdateSchema.safeParse({ theme: 'dark' }).success).toBe(false);
    expect(messages({ studioName: 42 })).toEqual({ studioName: 'The studio name must be text.' });
  });
});
