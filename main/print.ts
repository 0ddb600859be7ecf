/**
 * Electron's side of printing, kept thin: a hidden window from the one window factory shows the
 * document's print route, is asked until the document says it is ready, then prints to PDF or
 * opens the system print dialog. The window is destroyed whatever happens.
 */
import type { BrowserWindow } from 'electron';
import { AppError } from '../shared/errors';
import type { Printer, PrintJob } from './printer';
import { APP_ORIGIN } from './serve';
import { createWindow } from './window';

export interface PrintOptions {
  preload: string;
  /** How long a document may take to load its data, fonts and pictures. */
  readyTimeoutMs?: number;
  /** How often the window is asked whether it is ready. */
  pollMs?: number;
}

const READY_TIMEOUT_MS = 20_000;
const POLL_MS = 50;

// `printReady` is 'true' once data, fonts and every picture are in; 'failed' if the data could not load.
const READY_PROBE = 'document.documentElement.dataset.printReady ?? ""';

const notReady = () =>
  new AppError(
    'internal',
    'The document could not be prepared for printing. Please try again; nothing was saved.',
  );

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks the page with setTimeout, not requestAnimationFrame: hidden windows throttle animation
 * frames, which would stall a ready signal that depended on them.
 */
async function waitUntilReady(window: BrowserWindow, timeoutMs: number, pollMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state: unknown = await window.webContents.executeJavaScript(READY_PROBE, false);
    if (state === 'true') return;
    if (state === 'failed') throw notReady();
    await wait(pollMs);
  }
  throw notReady();
}

async function withDocument<T>(
  job: PrintJob,
  options: PrintOptions,
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const window = createWindow({ preload: options.preload, show: false });
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html#${job.route}`);
    await waitUntilReady(
      window,
      options.readyTimeoutMs ?? READY_TIMEOUT_MS,
      options.pollMs ?? POLL_MS,
    );
    return await use(window);
  } finally {
    window.destroy();
  }
}

/** The document as PDF, its page size and margins taken from its own `@page` rules. */
export function renderToPdf(job: PrintJob, options: PrintOptions): Promise<Uint8Array> {
  return withDocument(job, options, (window) =>
    window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      // Only used if the page had no @page size; it always has, but the two should agree.
      pageSize: job.paperSize,
    }),
  );
}

/** The system print dialog; resolves false when it was cancelled. */
export function printWithDialog(job: PrintJob, options: PrintOptions): Promise<boolean> {
  return withDocument(
    job,
    options,
    (window) =>
      new Promise<boolean>((resolve, reject) => {
        // print() and printToPDF() can choose different default sizes, so the size is explicit.
        window.webContents.print(
          { silent: false, printBackground: true, pageSize: job.paperSize },
          (success, failureReason) => {
            if (success || failureReason === 'Print job canceled') resolve(success);
            else
              reject(new AppError('internal', `The document was not printed (${failureReason}).`));
          },
        );
      }),
  );
}

export function createElectronPrinter(options: PrintOptions): Printer {
  return {
    renderPdf: (job) => renderToPdf(job, options),
    print: (job) => printWithDialog(job, options),
  };
}
