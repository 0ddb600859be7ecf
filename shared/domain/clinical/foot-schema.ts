/** Schema for one foot's examination and for footwear. Lengths in mm or cm as named; angles in degrees. */
import { z } from 'zod';
import { ARCH_TYPES, CALLUS_SITES, HALLUX_VALGUS_GRADES, ORTHOTIC_TYPES } from './foot-ankle';
import { FPI6_ITEM_COUNT } from './fpi6';
import {
  INPUT_LIMITS,
  MESSAGES,
  measured,
  strictGroup,
  text,
  hasNoDuplicates,
} from './schema-helpers';

const fpiItem = z
  .int({ error: MESSAGES.fpiItem })
  .min(-2, { error: MESSAGES.fpiItem })
  .max(2, { error: MESSAGES.fpiItem });

export const footExamSchema = strictGroup(
  {
    /** Positive = toe-out, negative = toe-in. */
    footProgressionAngleDeg: measured(
      'Foot progression angle',
      INPUT_LIMITS.footProgressionAngleDeg,
      MESSAGES.footProgression,
    ),
    arch: z.enum(ARCH_TYPES, { error: 'Arch is high, neutral or low.' }).nullish(),
    fpi6: strictGroup(
      {
        /** null = omitted as unscorable. */
        items: z
          .array(fpiItem.nullable(), { error: MESSAGES.fpiItemCount })
          .length(FPI6_ITEM_COUNT, { error: MESSAGES.fpiItemCount }),
        omissionNote: text('The FPI-6 note'),
      },
      'The FPI-6',
    ).nullish(),
    navicularDropMm: measured(
      'Navicular drop',
      INPUT_LIMITS.navicularDropMm,
      MESSAGES.navicularDropNegative,
      MESSAGES.navicularDropTooLarge,
    ),
    kneeToWallCm: measured(
      'Knee-to-wall distance',
      INPUT_LIMITS.kneeToWallCm,
      MESSAGES.kneeToWallNegative,
      MESSAGES.kneeToWallTooLarge,
    ),
    /** Resting calcaneal stance position; positive = everted, negative = inverted. */
    rcspEversionDeg: measured('Heel angle', INPUT_LIMITS.rcspEversionDeg, MESSAGES.rcsp),
    firstMtpDorsiflexionDeg: measured(
      'Big-toe upward bend',
      INPUT_LIMITS.firstMtpDorsiflexionDeg,
      MESSAGES.firstMtp,
    ),
    halluxValgusGrade: z
      .enum(HALLUX_VALGUS_GRADES, {
        error: 'Hallux valgus grade is none, mild, moderate or severe.',
      })
      .nullish(),
    helbingSign: z.boolean({ error: 'Helbing’s sign is recorded as present or absent.' }).nullish(),
    /** Empty list = looked, none found; null = not examined. */
    calluses: z
      .array(z.enum(CALLUS_SITES, { error: 'Choose a callus site from the list.' }))
      .nullish()
      .refine(hasNoDuplicates, { error: 'The callus list names a site twice.' }),
    callusNote: text('The callus note'),
  },
  'The foot examination',
);

export const footwearSchema = strictGroup(
  {
    usualFootwear: text('Usual footwear'),
    orthotics: z
      .enum(ORTHOTIC_TYPES, { error: 'Orthotics are none, prefabricated or custom.' })
      .nullish(),
    /** Standing posture changes with orthotics in or out, so note which (SOURCES.captureProtocol). */
    orthoticsWornDuringExam: z
      .boolean({ error: 'Record whether orthotics were worn during the exam.' })
      .nullish(),
    notes: text('Footwear notes'),
  },
  'Footwear',
);

export type FootExam = z.infer<typeof footExamSchema>;
