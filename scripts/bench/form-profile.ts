/**
 * `npx tsx scripts/bench/form-profile.ts`: where a key press in the assessment form spends its
 * time. Types into a few fields of the seeded form with the V8 sampling profiler on and prints
 * the functions with the most self time, so a slow key can be traced to the code that costs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openStance } from '../../main/stance';
import { APP_ORIGIN } from '../../tests/e2e/bridge';
import { openAppPage } from './app-page';
import { seedForm } from './form';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const FIELDS = ['#ae-pain-onset', '#ae-feet-left-navicularDropMm', '#ae-notes'];
const TEXT = 'Sudden onset while lifting';

function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
}

/** The same typing under a Chromium trace: the page thread's time by task kind, per key. */
async function traceTyping(browser: Browser, page: Page, keys: number): Promise<void> {
  await page.locator(FIELDS[0]!).click();
  await page.keyboard.press('End');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'cc'] });
  for (const field of FIELDS) {
    await page.locator(field).click();
    await page.keyboard.type(field.includes('Mm') ? '12.5' : TEXT, { delay: 25 });
  }
  const buffer = await browser.stopTracing();
  fs.writeFileSync('/tmp/form-trace.json', buffer);
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadTimes = new Map<number, number>();
  for (const event of events) {
    if (event.name === 'ThreadControllerImpl::RunTask' && event.dur) {
      threadTimes.set(event.tid, (threadTimes.get(event.tid) ?? 0) + event.dur);
    }
  }
  console.log(
    events.length,
    'events',
    [...threadTimes].map(([tid, us]) => `${tid}:${(us / 1000).toFixed(0)}`).join(' '),
  );
  const mainTid = [...threadTimes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || !event.dur || event.tid !== mainTid) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  console.log('trace, busiest thread, inclusive ms per key:');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(ms / keys).toFixed(3).padStart(8)}  ${name}`);
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-profile-'));
  const core = await openStance({ dataDir, appVersion: 'bench' });
  const { browser, page } = await openAppPage(core);
  try {
    const { assessmentId } = await seedForm(core);
    await page.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    let keys = 0;
    await cdp.send('Profiler.start');
    for (const field of FIELDS) {
      await page.locator(field).scrollIntoViewIfNeeded();
      await page.locator(field).click();
      await page.keyboard.type(field.includes('Mm') ? '12.5' : TEXT, { delay: 25 });
      keys += field.includes('Mm') ? 4 : TEXT.length;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await traceTyping(browser, page, keys);
    const totals = [...selfTimes(profile)].filter(([name]) => !name.startsWith('(idle)'));
    const busy = totals.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `${keys} keys; page busy ${busy.toFixed(0)} ms, ${(busy / keys).toFixed(2)} ms a key`,
    );
    console.log(`load ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores`);
    for (const [name, ms] of totals.sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`${(ms / keys).toFixed(3).padStart(8)} ms/key  ${name}`);
    }
  } finally {
    await browser.close();
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
