import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { integrityFindings } from './integrity';
import type { IntegrityAnswer, IntegrityRequest } from './integrity-worker';

/** The built worker beside the main bundle (scripts/build-main.mjs). */
export const INTEGRITY_WORKER_FILE = 'integrity-worker.cjs';

/** Checks a whole database file and answers with what it found (nothing for a sound file). */
export type IntegrityCheck = (file: string) => Promise<string[]>;

/**
 * Runs the check on a worker thread: on a large file it reads every page for seconds, and main's
 * thread must meanwhile answer the window. One worker per check; it ends when it has answered.
 * If the thread itself fails to run, the check runs here instead, so a file is never left unchecked.
 */
export function checkOnWorkerThread(workerFile: string): IntegrityCheck {
  return (file) =>
    new Promise<string[]>((resolve) => {
      let answered = false;
      const answer = (findings: string[]) => {
        if (answered) return;
        answered = true;
        resolve(findings);
      };
      const fallBack = () => {
        if (!answered) void checkOnThisThread(file).then(answer);
      };
      let worker: Worker;
      try {
        worker = new Worker(workerFile, { workerData: { file } satisfies IntegrityRequest });
      } catch {
        fallBack();
        return;
      }
      worker.unref();
      worker.once('message', (message: IntegrityAnswer) => answer(message.findings));
      worker.once('error', fallBack);
      worker.once('exit', fallBack);
    });
}

/**
 * The same check on the calling thread, after the current turn, so whoever started it (opening
 * the window) goes first. Used where no built worker exists (tests running the TypeScript).
 */
export const checkOnThisThread: IntegrityCheck = (file) =>
  new Promise((resolve) => setImmediate(() => resolve(integrityFindings(file))));

/**
 * The worker exists only in the built app (CommonJS, `out/main`); where main's TypeScript runs
 * directly, the check runs on the calling thread with the same code.
 */
export function defaultIntegrityCheck(): IntegrityCheck {
  const file = typeof __dirname === 'string' ? path.join(__dirname, INTEGRITY_WORKER_FILE) : null;
  return file && fs.existsSync(file) ? checkOnWorkerThread(file) : checkOnThisThread;
}
