/**
 * What the form benchmark does in the page: listeners that time every interaction, and a run
 * through every section the way a practitioner fills it in.
 */
import type { Page } from '@playwright/test';

export interface SlowEvent {
  start: number;
  name: string;
  /** Input to next paint, as Event Timing reports it (8 ms steps). */
  duration: number;
  /** Time in the event handlers themselves. */
  processing: number;
  target: string;
}

export interface KeyToFrame {
  /** The key event's timestamp, the same clock and value as its Event Timing entry's start. */
  at: number;
  ms: number;
  target: string;
}

export async function watchInteractions(page: Page): Promise<void> {
  // Key to the end of the next rendered frame on the page's thread: input queueing, handlers,
  // React, style, layout and paint. Drawing that frame to the screen happens off this thread.
  await page.evaluate(() => {
    const keys: KeyToFrame[] = [];
    (window as unknown as { __keys: KeyToFrame[] }).__keys = keys;
    document.addEventListener(
      'keydown',
      (event) => {
        const pressedAt = event.timeStamp;
        const target = event.target instanceof Element ? event.target.id : '';
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            keys.push({ at: pressedAt, ms: performance.now() - pressedAt, target });
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  await page.evaluate(() => {
    const events: SlowEvent[] = [];
    (window as unknown as { __slowEvents: SlowEvent[] }).__slowEvents = events;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        const target =
          entry.target instanceof Element ? entry.target.id || entry.target.tagName : '';
        events.push({
          start: entry.startTime,
          name: entry.name,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
          target,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** How far from the window's top and bottom edges a control must be to count as in view. */
const COMFORT_PX = 96;

/**
 * Brings a control well into view and lets the screen settle first, as she does by scrolling or
 * tabbing: headless Chromium paints newly scrolled-in areas in software, and that cost belongs to
 * scrolling, not to the key press that happens to follow it. A control left touching the window's
 * bottom edge is centred too: there headless Chromium's display compositor skips drawing the
 * frames that follow a key press (proven on a page holding one plain input), so Event Timing
 * would report the next unrelated frame it does draw instead of the key's own.
 */
async function reach(page: Page, selector: string) {
  const control = page.locator(selector);
  await control.evaluate((element, margin) => {
    const box = element.getBoundingClientRect();
    if (box.top < margin || box.bottom > window.innerHeight - margin) {
      element.scrollIntoView({ block: 'center' });
    }
  }, COMFORT_PX);
  await page.waitForTimeout(120);
  return control;
}

/** Every section, the way she fills it: typed text at a steady pace, choices clicked. */
export async function fillWholeForm(page: Page): Promise<number> {
  let actions = 0;
  const type = async (selector: string, text: string) => {
    await (await reach(page, selector)).click();
    await page.keyboard.type(text, { delay: 25 });
    actions += text.length;
  };
  const choose = async (name: string, value: string) => {
    await (await reach(page, `input[name="${name}"][value="${value}"]`)).check();
    actions += 1;
  };
  await type('#ae-pain-onset', 'Sudden, lifting a heavy box at work');
  await type('#ae-pain-duration', 'About six weeks');
  await type('#ae-pain-aggravatingFactors', 'Sitting more than an hour; bending');
  await type('#ae-pain-easingFactors', 'Walking and heat');
  for (const [key, value] of [
    ['nprsNow', '5'],
    ['nprsBestLastWeek', '3'],
    ['nprsWorstLastWeek', '8'],
  ]) {
    await choose(`ae-pain-${key}`, value!);
  }
  await (
    await reach(page, '[aria-label="Back of the body"] [aria-label^="Centre of lower back"]')
  ).click();
  await (await reach(page, '[aria-label="Back of the body"] [aria-label^="Left buttock"]')).click();
  await choose('ae-oswestry-variant', 'odi-2.1a');
  for (let section = 0; section < 10; section += 1)
    await choose(`ae-oswestry-sections-${section}`, String(section % 4));
  for (const item of [1, 4, 9, 12, 17, 20]) {
    await (await reach(page, `#ae-rmdq-${item}`)).check();
    actions += 1;
  }
  for (let item = 0; item < 8; item += 1)
    await choose(`ae-startBack-agree-${item}`, item % 3 === 0 ? '0' : '1');
  await choose('ae-startBack-bothersomeness', '2');
  for (const flag of [
    'saddleNumbness',
    'bladderOrBowelChange',
    'nightPain',
    'unexplainedWeightLoss',
  ]) {
    await choose(`ae-redFlags-${flag}`, '1');
  }
  for (const side of ['left', 'right']) {
    await type(`#ae-feet-${side}-footProgressionAngleDeg`, side === 'left' ? '9' : '16');
    await choose(`ae-feet-${side}-arch`, side === 'left' ? '2' : '3');
    for (let item = 1; item <= 6; item += 1)
      await choose(`ae-fpi-${side}-${item}`, String((item % 3) - 1));
    await type(`#ae-feet-${side}-navicularDropMm`, side === 'left' ? '8.5' : '12');
    await type(`#ae-feet-${side}-kneeToWallCm`, side === 'left' ? '11' : '8.5');
    await type(`#ae-feet-${side}-rcspEversionDeg`, '4');
    await type(`#ae-feet-${side}-firstMtpDorsiflexionDeg`, '58');
    await choose(`ae-feet-${side}-halluxValgusGrade`, '2');
    await choose(`ae-feet-${side}-helbingSign`, '1');
  }
  await type('#ae-footwear-usualFootwear', 'Running shoes, some heel drop');
  for (const view of ['anterior', 'lateral-left', 'lateral-right', 'posterior']) {
    const names = await page
      .locator(`#ae-section-${view} input[type="radio"][value="none"]`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    for (const name of names) await choose(name, 'none');
  }
  const kneeNote = 'ae-grade-anterior-anterior_knee_alignment-right-note';
  await (await reach(page, `button[aria-controls="${kneeNote}"]`)).click();
  await type(`#${kneeNote}`, 'Drifts in more on the single-leg squat');
  await type('#ae-measure-anterior_pelvis_level-midline', '1.2');
  await type('#ae-measure-lateral_head_position-midline', '48');
  await type(
    '#ae-notes',
    'Right foot turns out more than the left; knees drift in on the right. Morning stiffness eases after walking.',
  );
  // Let the last saves land, so anything they cost on screen is counted too.
  await page.waitForTimeout(1500);
  return actions;
}
