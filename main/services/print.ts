import type { PrintRequest, SavePdfOutcome } from '../../shared/channels/print';
import { localToday } from '../../shared/domain/dates';
import { writeFileAtomically } from '../exports/atomic-file';
import type { Host } from '../host';
import { printRoute, type Printer, type PrintJob } from '../printer';
import { clientNotFound, requireClient } from './clients';
import { loadProgram } from './programs';
import { reportAssessment } from './reports';
import { readSettings, type SettingsPlaces } from './settings';

/** Letters and digits stay; anything a file system may refuse becomes a dash. */
const namePart = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** Checks the ids before any dialog opens, and names the file after the client and the day. */
async function prepare(
  places: SettingsPlaces,
  locale: string | undefined,
  request: PrintRequest,
): Promise<{ job: PrintJob; fileName: string }> {
  const { records } = places;
  const { now, stores } = records;
  const client = await requireClient(stores, request.clientId);
  const { paperSize } = await readSettings(places, locale);
  const who = `${namePart(client.lastName)}-${namePart(client.firstName)}`;
  if (request.kind === 'handout') {
    const program = await loadProgram(records, request.programId ?? '');
    if (program.clientId !== client.id) throw clientNotFound();
    const route = printRoute('handout', { ...request, assessmentId: '' });
    const fileName = `Exercises-${who}-${localToday(now())}.pdf`;
    return { job: { kind: 'handout', route, paperSize }, fileName };
  }
  const assessment = await reportAssessment(
    stores,
    client.id,
    request.assessmentId,
    request.revision,
  );
  const route = printRoute('report', { ...request, assessmentId: assessment.assessmentId });
  const revision = request.revision === undefined ? '' : `-revision-${request.revision}`;
  const fileName = `Report-${who}-${assessment.assessedOn}${revision}.pdf`;
  return { job: { kind: 'report', route, paperSize }, fileName };
}

export interface PrintContext {
  /** The records in use, with this computer's file for her own settings (the paper size). */
  places: () => SettingsPlaces;
  host: Host;
  printer: Printer;
  locale: string | undefined;
}

/** Renders the document to PDF and saves it where the practitioner chooses. */
export async function savePdf(
  { places, host, printer, locale }: PrintContext,
  request: PrintRequest,
): Promise<SavePdfOutcome> {
  const { job, fileName } = await prepare(places(), locale, request);
  const target = await host.chooseSaveFile({
    title: job.kind === 'report' ? 'Save the client report' : 'Save the exercise handout',
    defaultName: fileName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
  if (target === null) return { saved: false };
  const pdf = await printer.renderPdf(job);
  const bytes = writeFileAtomically(target, (sink) => sink.write(pdf));
  return { saved: true, path: target, bytes };
}

/** Opens the system print dialog for the document; false when it was cancelled. */
export async function printDocument(
  { places, printer, locale }: PrintContext,
  request: PrintRequest,
): Promise<{ printed: boolean }> {
  const { job } = await prepare(places(), locale, request);
  return { printed: await printer.print(job) };
}
