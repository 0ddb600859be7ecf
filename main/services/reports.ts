import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { ClientReportData, HandoutData } from '../../shared/channels/reports';
import { screenRedFlags, type AssessmentBody } from '../../shared/domain/clinical';
import type { RedFlagTier } from '../../shared/domain/clinical/red-flag-tiers';
import { ageOn, localToday } from '../../shared/domain/dates';
import { photoViewIds } from '../../shared/domain/photo-views';
import { AppError } from '../../shared/errors';
import type { Records, Stores } from '../db/stores/stores';
import { requireClient } from './clients';
import { photosOfAssessment } from './photos';
import { clientProgress, progressVisit } from './progress';
import { loadProgram } from './programs';
import { readSettings, type SettingsPlaces } from './settings';

/**
 * The named assessment, or the client's newest; it must be this client's. At its current revision
 * unless an earlier one is named.
 */
export async function reportAssessment(
  stores: Stores,
  clientId: string,
  assessmentId?: string,
  revision?: number,
): Promise<Assessment> {
  const id = assessmentId ?? (await stores.assessments.listForClient(clientId))[0]?.assessmentId;
  if (id === undefined) {
    throw new AppError('not-found', 'This client has no assessment yet, so there is no report.');
  }
  const found =
    revision === undefined
      ? await stores.assessments.findCurrent(id)
      : await stores.assessments.find(id, revision);
  if (!found || found.clientId !== clientId) {
    throw new AppError('not-found', 'That assessment could not be found for this client.');
  }
  return found as Assessment;
}

/** Photos in the order the report reads the views; the sort is stable, so oldest first within one. */
const inViewOrder = (photos: readonly PhotoInfo[]): PhotoInfo[] =>
  [...photos].sort((a, b) => photoViewIds.indexOf(a.view) - photoViewIds.indexOf(b.view));

/**
 * Everything the client report prints, for one assessment (the newest when none is named). A
 * finalized revision prints the client's name and date of birth as they were when it was
 * finalized, and its own photos and landmarks, so printing it again gives the same report.
 */
export async function clientReport(
  places: SettingsPlaces,
  locale: string | undefined,
  clientId: string,
  assessmentId?: string,
  revision?: number,
): Promise<ClientReportData> {
  const records = places.records;
  const { stores } = records;
  const assessment = await reportAssessment(stores, clientId, assessmentId, revision);
  const client = { ...(await requireClient(stores, clientId)), ...assessment.clientSnapshot };
  const all = await stores.assessments.listForClient(clientId);
  const index = all.findIndex((item) => item.assessmentId === assessment.assessmentId);
  const ageYears =
    client.dateOfBirth === '' ? null : ageOn(client.dateOfBirth, assessment.assessedOn);
  const programs = await stores.programs.listForClient(clientId);
  const linked = programs.find((program) => program.assessmentId === assessment.assessmentId);
  // A follow-up without a program of its own names the one she was doing then.
  const inProgress =
    linked ??
    programs.find((program) => localToday(new Date(program.createdAt)) <= assessment.assessedOn);
  const photos = await photosOfAssessment(records, assessment.assessmentId, assessment.revision);
  return {
    client,
    settings: await readSettings(places, locale),
    assessment,
    ageYears,
    history: all.slice(Math.max(index, 0)).reverse(),
    progress: await progressUpTo(records, assessment, photos),
    program: inProgress ? await loadProgram(records, inProgress.id) : null,
    programFromThisVisit: linked !== undefined,
    photos: inViewOrder(photos),
    firstPhotos: await firstPhotosBefore(
      records,
      index < 0 ? [] : all.slice(index + 1).reverse(),
      photos,
    ),
  };
}

/** The oldest of `earlier` (oldest first) with a photo of a view the reported visit has too. */
async function firstPhotosBefore(
  records: Records,
  earlier: readonly { assessmentId: string; assessedOn: string }[],
  photos: readonly PhotoInfo[],
): Promise<ClientReportData['firstPhotos']> {
  const views = new Set(photos.map((photo) => photo.view));
  if (views.size === 0) return null;
  for (const visit of earlier) {
    const theirs = await photosOfAssessment(records, visit.assessmentId);
    if (theirs.some((photo) => views.has(photo.view)))
      return {
        assessmentId: visit.assessmentId,
        assessedOn: visit.assessedOn,
        photos: inViewOrder(theirs),
      };
  }
  return null;
}

/**
 * The chart values of every visit up to the reported one; the reported one from the revision
 * being printed, so an earlier revision's report charts what that revision said.
 */
async function progressUpTo(records: Records, assessment: Assessment, photos: PhotoInfo[]) {
  const visits = await clientProgress(records, assessment.clientId);
  const at = visits.findIndex((visit) => visit.assessmentId === assessment.assessmentId);
  return [
    ...visits.slice(0, Math.max(at, 0)),
    progressVisit(assessment, assessment, assessment.body, photos),
  ];
}

/** The highest red-flag tier answered yes at the client's newest assessment; null when none. */
async function newestReferral(stores: Stores, clientId: string): Promise<RedFlagTier | null> {
  const newest = (await stores.assessments.listForClient(clientId))[0];
  if (!newest) return null;
  const body = (await stores.assessments.findCurrent(newest.assessmentId))?.body as
    AssessmentBody | undefined;
  return screenRedFlags(body?.redFlags).tier;
}

/** The exercise handout: the program with its exercises, the client and the studio. */
export async function handout(
  places: SettingsPlaces,
  locale: string | undefined,
  programId: string,
): Promise<HandoutData> {
  const { stores } = places.records;
  const program = await loadProgram(places.records, programId);
  return {
    client: await requireClient(stores, program.clientId),
    settings: await readSettings(places, locale),
    program,
    referral: await newestReferral(stores, program.clientId),
  };
}
