import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AssessmentBody } from '../../shared/domain/clinical/assessment-schema';
import { summaryColumns } from '../../shared/domain/clinical/score-assessment';
import { ASSESSMENT_SCHEMA_VERSION } from '../../shared/domain/clinical/assessment-schema';
import { insertAssessment } from '../../main/db/repositories/assessments';
import { insertClient } from '../../main/db/repositories/clients';
import { openStance } from '../../main/stance';
import { dataPaths } from '../../main/session';

const firstNames = [
  'Maria',
  'James',
  'Aisha',
  'Henrik',
  'Priya',
  'Daniel',
  'Zoë',
  'Colm',
  'Mei',
  'Oluwaseun',
  'Lucía',
  'Tomasz',
  'Fatima',
  'Noah',
  'Ingrid',
  'Rahul',
  'Grace',
  'Mateo',
  'Yuki',
  'Amara',
];
const lastNames = [
  'Garcia',
  'Okonkwo',
  'Sørensen',
  'Natarajan',
  'Reyes',
  'Gallagher',
  'Bello',
  'Nowak',
  'Lindqvist',
  'Hughes',
  'Fernández',
  'Tanaka',
  'Haddad',
  'Kowalski',
  'Murphy',
  'Singh',
  'Dubois',
  'Costa',
  'Ivanova',
  'Mensah',
];
const domains = [
  'gmail.com',
  'outlook.com',
  'yahoo.co.uk',
  'icloud.com',
  'hotmail.com',
  'proton.me',
  'btinternet.com',
  'studio-mail.net',
];
const occupations = [
  'Nurse',
  'Software developer',
  'Carpenter',
  'Teacher',
  'Runner',
  'Chef',
  'Accountant',
  'Farmer',
  'Dancer',
  'Driver',
];

/** A realistic, fully filled assessment document of the size the form produces. */
export function sampleBody(seed: number): AssessmentBody {
  const item = (offset: number) => ((seed + offset) % 5) - 2;
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    pain: {
      nprsNow: seed % 11,
      nprsBestLastWeek: seed % 4,
      nprsWorstLastWeek: Math.min(10, (seed % 7) + 3),
      onset: 'Gradual, after a long drive',
      duration: 'About four months',
      aggravatingFactors: 'Sitting over an hour; bending to lift',
      easingFactors: 'Walking, heat',
    },
    oswestry: {
      variant: 'odi-2.1a',
      sections: [item(1) + 2, item(2) + 2, 1, 3, null, 2, 1, 2, item(3) + 2, 3],
    },
    feet: {
      left: {
        footProgressionAngleDeg: 8 + (seed % 9),
        arch: 'neutral',
        fpi6: { items: [item(1), item(2), item(3), 0, 1, 0] },
        navicularDropMm: 6 + (seed % 6),
        kneeToWallCm: 9 + (seed % 5),
      },
      right: {
        footProgressionAngleDeg: 12 + (seed % 11),
        arch: 'low',
        fpi6: { items: [item(4), 1, 2, item(5), 1, 1] },
        navicularDropMm: 9 + (seed % 6),
        kneeToWallCm: 7 + (seed % 5),
      },
    },
    notes:
      'Right foot turned out more than the left; knees drift in on the right. Reports stiffness in the morning that eases after walking.',
  };
}

/** Phone numbers as practitioners type them: several formats, digits spread like real ones. */
function phoneNumber(index: number): string {
  const digits = String((index * 7_919_633 + 1_234_567) % 100_000_000).padStart(8, '0');
  const formats = [
    `+44 7${digits.slice(0, 3)} ${digits.slice(3)}`,
    `07${digits.slice(0, 3)} ${digits.slice(3)}`,
    `(5${digits.slice(0, 2)}) ${digits.slice(2, 5)}-${digits.slice(5)}`,
    `+1 6${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5)}`,
  ];
  return formats[index % formats.length]!;
}

/** Bump when the seeded rows change, so a cached folder from an older seed is built again. */
export const SEED_VERSION = 1;

export interface SeededData {
  seedVersion: number;
  dataDir: string;
  clientIds: string[];
  assessmentIds: string[];
}

/**
 * Builds the benchmark database once with the real repositories in one transaction, and reuses
 * it on later runs while its manifest names the same seed version and size.
 */
export async function seed(
  dataDir: string,
  clients: number,
  assessmentsPerClient: number,
): Promise<SeededData> {
  const manifest = `${dataDir}/seed.json`;
  if (fs.existsSync(manifest)) {
    const cached = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Partial<SeededData>;
    if (
      cached.seedVersion === SEED_VERSION &&
      cached.clientIds?.length === clients &&
      cached.assessmentIds?.length === clients * assessmentsPerClient
    )
      return { ...(cached as SeededData), dataDir };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const db = core.session!.db;
  const clientIds: string[] = [];
  const assessmentIds: string[] = [];
  const start = Date.UTC(2019, 0, 1);
  db.transaction(() => {
    for (let index = 0; index < clients; index += 1) {
      const id = randomUUID();
      const stamp = new Date(start + index * 60_000).toISOString();
      insertClient(db, {
        id,
        firstName: firstNames[index % firstNames.length]!,
        lastName: `${lastNames[(index * 7) % lastNames.length]!}${index % 3 === 0 ? '' : `-${lastNames[index % lastNames.length]!}`}`,
        dateOfBirth: `19${50 + (index % 50)}-0${1 + (index % 9)}-1${index % 9}`,
        email: `${firstNames[index % firstNames.length]!.toLowerCase()}.${lastNames[(index * 7) % lastNames.length]!.toLowerCase()}${index}@${domains[(index * 3) % domains.length]!}`,
        phone: phoneNumber(index),
        occupation: occupations[index % occupations.length]!,
        notes: index % 4 === 0 ? 'Referred by a physiotherapist; runs three times a week.' : '',
        createdAt: stamp,
        updatedAt: stamp,
        archivedAt: null,
      });
      clientIds.push(id);
      for (let visit = 0; visit < assessmentsPerClient; visit += 1) {
        const assessmentId = randomUUID();
        const body = sampleBody(index + visit);
        const { rulesVersion, ...summary } = summaryColumns(body);
        const day = new Date(start + ((index * 5 + visit * 40) * 86_400_000) / 50)
          .toISOString()
          .slice(0, 10);
        insertAssessment(
          db,
          { id: assessmentId, clientId: id },
          { assessedOn: day, body, bodyVersion: 1, rulesVersion, summary },
          stamp,
        );
        assessmentIds.push(assessmentId);
      }
    }
  })();
  core.close();
  const seeded: SeededData = { seedVersion: SEED_VERSION, dataDir, clientIds, assessmentIds };
  fs.writeFileSync(manifest, JSON.stringify(seeded));
  console.log(
    `Seeded ${clients} clients and ${assessmentIds.length} assessments: ${(fs.statSync(dataPaths(dataDir).database).size / 1e6).toFixed(1)} MB`,
  );
  return seeded;
}
