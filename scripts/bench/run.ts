/**
 * `npm run bench`: the speed figures the issues name, measured on realistic data and printed
 * beside the same work done with a bare better-sqlite3 statement, so the cost of our layers shows.
 */
import os from 'node:os';
import path from 'node:path';
import { benchAnnotator } from './annotator';
import { benchAnnotatorSuggestions } from './annotator-suggestions';
import { benchClientPage } from './client-page';
import { benchClips } from './clips';
import { benchData, printSearchPlan } from './data';
import { benchForm, printFormResults } from './form';
import { benchHeic } from './heic';
import { benchPhotos } from './photos';
import { benchPose } from './pose';
import { benchPrint, printPrintResults } from './print';
import { benchRestore, printRestoreResults } from './restore';
import { seed } from './seed';
import { benchShowClient } from './show-client';
import { benchStudio } from './studio';
import { printScaleComparison, printTable } from './stats';

const benchDir = path.resolve(import.meta.dirname, '../../.bench');

/** `npm run bench -- form` runs the form figures alone (the rest takes minutes to seed). */
async function formOnly(): Promise<void> {
  const met = printFormResults(await benchForm(benchDir));
  process.exitCode = met ? 0 : 1;
}

async function main(): Promise<void> {
  const seeded = await seed(path.join(benchDir, 'data-10k'), 10_000, 5);
  const dataMet = printTable(
    'Client database: 10,000 clients, 50,000 assessments',
    await benchData(seeded),
  );
  const photosMet = [
    await benchPhotos(benchDir),
    await benchHeic(benchDir),
    await benchAnnotator(benchDir),
    await benchAnnotatorSuggestions(benchDir),
    await benchClientPage(benchDir),
    await benchShowClient(benchDir),
    await benchClips(benchDir),
  ].every(Boolean);
  const printMet = printPrintResults(await benchPrint(benchDir));
  const restoreMet = printRestoreResults(await benchRestore(benchDir, seeded));
  const met =
    printFormResults(await benchForm(benchDir)) && dataMet && photosMet && printMet && restoreMet;
  console.log(met ? '\nEvery target met.' : '\nSome targets were missed (see MISSED above).');
  process.exitCode = met ? 0 : 1;
}

/**
 * `npm run bench -- --scale=100k`: the client database figures at 10k and at ten times that,
 * side by side. The 100k folder is seeded once (about 20 minutes) into ~/.cache and reused.
 */
async function scaleOnly(): Promise<void> {
  const small = await seed(path.join(benchDir, 'data-10k'), 10_000, 5);
  const large = await seed(path.join(os.homedir(), '.cache/stance-bench/100k'), 100_000, 5);
  const smallRows = await benchData(small);
  const largeRows = await benchData(large);
  const planMet = printSearchPlan(large);
  const met = printScaleComparison(smallRows, largeRows) && planMet;
  process.exitCode = met ? 0 : 1;
}

/** `npm run bench -- restore`: restore, save and erase on the 72 MB database alone. */
async function restoreOnly(): Promise<void> {
  const seeded = await seed(path.join(benchDir, 'data-10k'), 10_000, 5);
  process.exitCode = printRestoreResults(await benchRestore(benchDir, seeded)) ? 0 : 1;
}

/** `npm run bench -- data`: start-up, search, draft save and opening an assessment at 10k alone. */
async function dataOnly(): Promise<void> {
  const seeded = await seed(path.join(benchDir, 'data-10k'), 10_000, 5);
  const met = printTable(
    'Client database: 10,000 clients, 50,000 assessments',
    await benchData(seeded),
  );
  process.exitCode = met ? 0 : 1;
}

/** `npm run bench -- clips`: importing and stepping through a 30-second 1080p clip alone. */
async function clipsOnly(): Promise<void> {
  process.exitCode = (await benchClips(benchDir)) ? 0 : 1;
}

/** `npm run bench -- client-page`: the client page of a client with 30 visits alone. */
async function clientPageOnly(): Promise<void> {
  process.exitCode = (await benchClientPage(benchDir)) ? 0 : 1;
}

/** `npm run bench -- studio`: search and draft saves on a local PostgreSQL server, one and ten at once. */
async function studioOnly(): Promise<void> {
  const seeded = await seed(path.join(benchDir, 'data-10k'), 10_000, 5);
  process.exitCode = (await benchStudio(seeded)) ? 0 : 1;
}

/** `npm run bench -- show-client`: moving between visits in "Show the client" alone. */
async function showClientOnly(): Promise<void> {
  process.exitCode = (await benchShowClient(benchDir)) ? 0 : 1;
}

/** `npm run bench -- annotator`: dragging a point, alone and with the model's suggestions drawn. */
async function annotatorOnly(): Promise<void> {
  const met = [await benchAnnotator(benchDir), await benchAnnotatorSuggestions(benchDir)];
  process.exitCode = met.every(Boolean) ? 0 : 1;
}

/** `npm run bench -- pose`: the pose model on a 12 MP photo alone. */
async function poseOnly(): Promise<void> {
  process.exitCode = (await benchPose(benchDir)) ? 0 : 1;
}

/** One part alone, named after `--`; the whole bench when none is named. */
const parts: Record<string, () => Promise<void>> = {
  form: formOnly,
  'client-page': clientPageOnly,
  'show-client': showClientOnly,
  pose: poseOnly,
  annotator: annotatorOnly,
  clips: clipsOnly,
  '--scale=100k': scaleOnly,
  restore: restoreOnly,
  data: dataOnly,
  studio: studioOnly,
};

const named = process.argv.slice(2).find((argument) => argument in parts);
await (named ? parts[named]!() : main());
