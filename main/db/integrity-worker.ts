import { parentPort, workerData } from 'node:worker_threads';
import { integrityFindings } from './integrity';

/** What the integrity worker is given (as workerData) and what it posts back once. */
export interface IntegrityRequest {
  file: string;
}
export interface IntegrityAnswer {
  findings: string[];
}

const { file } = workerData as IntegrityRequest;
parentPort?.postMessage({ findings: integrityFindings(file) } satisfies IntegrityAnswer);
