import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type {
  ClientReportData,
  HandoutData,
  PrintRequest,
  reportChannels,
} from '../../shared/channels/reports';
import { interpretAssessment, kineticChainLines } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import { ageOn, localToday } from '../../shared/domain/dates';
import { photoViewIds } from '../../shared/domain/photo-views';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { findCurrentRevision, listClientAssessments } from '../db/repositories/assessments';
import { findClient } from '../db/repositories/clients';
import { listClientPrograms } from '../db/repositories/programs';
import { writeFileAtomically } from '../exports/atomic-file';
import { printRoute, windowlessPrinter, type Printer, type PrintJob } from '../printer';
import { photoHandlers } from './photos';
import { programHandlers } from './programs';
import { settingsHandlers } from './settings';
import type { HandlerContext, HandlerGroup } from './types';

type ReportChannel = keyof typeof reportChannels;

export interface ReportOptions {
  /** The system's regional format, for the default paper size. */
  locale?: string | undefined;
  printer?: Printer | undefined;
}

const clientNotFound = () =>
  new AppError('not-found', 'That client could not be found. They may have been erased.');

function clientOf(db: Db, clientId: string): Client {
  const client = findClient(db, clientId);
  if (!client) throw clientNotFound();
  return client;
}

/** The named assessment, or the client's newest; it must be this client's. */
function reportAssessment(db: Db, clientId: string, assessmentId?: string): Assessment {
  const id = assessmentId ?? listClientAssessments(db, clientId)[0]?.assessmentId;
  if (id === undefined) {
    throw new AppError('not-found', 'This client has no assessment yet, so there is no report.');
  }
  const found = findCurrentRevision(db, id);
  if (!found || found.clientId !== clientId) {
    throw new AppError('not-found', 'That assessment could not be found for this client.');
  }
  return found as Assessment;
}

/** Photos in the order the report reads the views; the sort is stable, so oldest first within one. */
const inViewOrder = (photos: readonly PhotoInfo[]): PhotoInfo[] =>
  [...photos].sort((a, b) => photoViewIds.indexOf(a.view) - photoViewIds.indexOf(b.view));

/** Letters and digits stay; anything a file system may refuse becomes a dash. */
const namePart = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

export function reportHandlers(
  context: HandlerContext,
  { locale, printer = windowlessPrinter }: ReportOptions = {},
): HandlerGroup<ReportChannel> {
  const { session, host } = context;
  const settings = settingsHandlers(context, locale)['settings:get'];
  const programs = programHandlers(context);
  const photoList = photoHandlers(context)['photos:listForAssessment'];

  const clientReport = async (clientId: string, assessmentId?: string) => {
    const { db } = session();
    const client = clientOf(db, clientId);
    const assessment = reportAssessment(db, clientId, assessmentId);
    const all = listClientAssessments(db, clientId);
    const index = all.findIndex((item) => item.assessmentId === assessment.assessmentId);
    const ageYears =
      client.dateOfBirth === '' ? null : ageOn(client.dateOfBirth, assessment.assessedOn);
    const linked = listClientPrograms(db, clientId).find(
      (program) => program.assessmentId === assessment.assessmentId,
    );
    const photos = await photoList({ assessmentId: assessment.assessmentId });
    const report: ClientReportData = {
      client,
      settings: await settings({}),
      assessment,
      ageYears,
      history: all.slice(Math.max(index, 0)).reverse(),
      interpretation: kineticChainLines(interpretAssessment(assessment.body, { ageYears })),
      program: linked ? await programs['programs:get']({ id: linked.id }) : null,
      photos: inViewOrder(photos),
    };
    return report;
  };

  /** Checks the ids before any dialog opens, and names the file after the client and the day. */
  const prepare = async (request: PrintRequest): Promise<{ job: PrintJob; fileName: string }> => {
    const { db, now } = session();
    const client = clientOf(db, request.clientId);
    const { paperSize } = await settings({});
    const who = `${namePart(client.lastName)}-${namePart(client.firstName)}`;
    if (request.kind === 'handout') {
      const program = await programs['programs:get']({ id: request.programId ?? '' });
      if (program.clientId !== client.id) throw clientNotFound();
      const route = printRoute('handout', { ...request, assessmentId: '' });
      const fileName = `Exercises-${who}-${localToday(now())}.pdf`;
      return { job: { kind: 'handout', route, paperSize }, fileName };
    }
    const assessment = reportAssessment(db, client.id, request.assessmentId);
    const route = printRoute('report', { ...request, assessmentId: assessment.assessmentId });
    const fileName = `Report-${who}-${assessment.assessedOn}.pdf`;
    return { job: { kind: 'report', route, paperSize }, fileName };
  };

  return {
    'reports:clientReport': ({ clientId, assessmentId }) => clientReport(clientId, assessmentId),

    'reports:handout': async ({ programId }) => {
      const program = await programs['programs:get']({ id: programId });
      const handout: HandoutData = {
        client: clientOf(session().db, program.clientId),
        settings: await settings({}),
        program,
      };
      return handout;
    },

    'print:savePdf': async (request) => {
      const { job, fileName } = await prepare(request);
      const target = await host.chooseSaveFile({
        title: job.kind === 'report' ? 'Save the client report' : 'Save the exercise handout',
        defaultName: fileName,
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (target === null) return { saved: false };
      const pdf = await printer.renderPdf(job);
      const bytes = writeFileAtomically(target, (sink) => sink.write(pdf));
      return { saved: true, path: target, bytes };
    },

    'print:print': async (request) => {
      const { job } = await prepare(request);
      return { printed: await printer.print(job) };
    },
  };
}
