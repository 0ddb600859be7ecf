/**
 * What the report handlers need from a print engine. Electron's hidden window provides the real
 * one (main/print.ts); tests give Playwright's page.pdf or a fake, so handlers never import Electron.
 */
import type { PrintKind } from '../shared/channels/print';
import type { PaperSize } from '../shared/domain/settings';
import { AppError } from '../shared/errors';

export interface PrintJob {
  kind: PrintKind;
  /** The renderer's hash route that shows only the document, e.g. `/print/handout/<id>`. */
  route: string;
  paperSize: PaperSize;
}

export interface Printer {
  /** The document as PDF bytes, rendered once it says it is ready. */
  renderPdf: (job: PrintJob) => Promise<Uint8Array>;
  /** Shows the system print dialog; false when the practitioner cancelled it. */
  print: (job: PrintJob) => Promise<boolean>;
}

const unavailable = () =>
  Promise.reject(
    new AppError('unavailable', 'Printing is not available here. Please open Stance itself.'),
  );

/** For places without a window (benchmarks, the e2e fixture unless it brings its own). */
export const windowlessPrinter: Printer = { renderPdf: unavailable, print: unavailable };

/** The print route for a job; the renderer's App shows these without the app's own frame. */
export function printRoute(
  kind: PrintKind,
  ids: {
    clientId: string;
    assessmentId: string;
    revision?: number | undefined;
    programId?: string | undefined;
  },
): string {
  const revision = ids.revision === undefined ? '' : `/${ids.revision}`;
  return kind === 'report'
    ? `/print/report/${ids.clientId}/${ids.assessmentId}${revision}`
    : `/print/handout/${ids.programId ?? ''}`;
}
