import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron } from './fake-electron';
import { printWithDialog, renderToPdf } from '../../../main/print';
import type { PrintJob } from '../../../main/printer';
import { secureWebPreferences } from '../../../main/window';

vi.mock('electron', () => import('./fake-electron'));

const preload = '/app/out/preload/index.cjs';
const job: PrintJob = { kind: 'report', route: '/print/report/c/a', paperSize: 'Letter' };
const quick = { preload, pollMs: 1, readyTimeoutMs: 200 };

/** The next window the factory makes will answer the ready probe with these, in turn. */
function nextWindowAnswers(...answers: unknown[]): () => BrowserWindow {
  const original = BrowserWindow.created.push.bind(BrowserWindow.created);
  BrowserWindow.created.push = (...windows: BrowserWindow[]) => {
    for (const window of windows) window.webContents.scriptAnswers = [...answers];
    return original(...windows);
  };
  return () => {
    const window = BrowserWindow.created.at(-1);
    if (!window) throw new Error('no window was made');
    return window;
  };
}

beforeEach(resetFakeElectron);

describe('renderToPdf', () => {
  it('renders in a hidden window with the secure preferences, once the page says it is ready', async () => {
    const made = nextWindowAnswers('', '', 'true');

    const pdf = await renderToPdf(job, quick);

    const window = made();
    expect(Buffer.from(pdf).toString()).toBe('%PDF-fake');
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preload));
    expect(window.visible).toBe(false);
    expect(window.loadedUrls).toEqual(['app://stance/index.html#/print/report/c/a']);
    // Asked three times: printed only after the third answer said ready.
    expect(window.webContents.scripts).toHaveLength(3);
    expect(window.webContents.pdfOptions).toEqual([
      { printBackground: true, preferCSSPageSize: true, pageSize: 'Letter' },
    ]);
    expect(window.destroyed).toBe(true);
  });

  it('gives up with a plain message when the page never gets ready, and still destroys the window', async () => {
    const made = nextWindowAnswers('');

    await expect(renderToPdf(job, quick)).rejects.toThrow(/could not be prepared for printing/);
    expect(made().webContents.pdfOptions).toEqual([]);
    expect(made().destroyed).toBe(true);
  });

  it('stops at once when the page reports its data failed to load', async () => {
    const made = nextWindowAnswers('failed');

    await expect(renderToPdf(job, { preload, pollMs: 1, readyTimeoutMs: 60_000 })).rejects.toThrow(
      /could not be prepared/,
    );
    expect(made().webContents.scripts).toHaveLength(1);
    expect(made().destroyed).toBe(true);
  });

  it('destroys the window when printing itself fails', async () => {
    const made = nextWindowAnswers('true');
    const failing = Promise.reject(new Error('printing failed'));
    failing.catch(() => undefined);
    const printed = renderToPdf(job, quick);
    made().webContents.pdfResult = failing;

    await expect(printed).rejects.toThrow('printing failed');
    expect(made().destroyed).toBe(true);
  });
});

describe('printWithDialog', () => {
  it('opens the system dialog with backgrounds and the paper size, then destroys the window', async () => {
    const made = nextWindowAnswers('true');

    await expect(printWithDialog(job, quick)).resolves.toBe(true);
    expect(made().webContents.printOptions).toEqual([
      { silent: false, printBackground: true, pageSize: 'Letter' },
    ]);
    expect(made().destroyed).toBe(true);
  });

  it('answers false when the practitioner cancels', async () => {
    const made = nextWindowAnswers('true');
    const printing = printWithDialog(job, quick);
    made().webContents.printAnswer = { success: false, failureReason: 'Print job canceled' };

    await expect(printing).resolves.toBe(false);
    expect(made().destroyed).toBe(true);
  });
});
