/**
 * A control for the form benchmark's Event Timing figure: one plain input on an otherwise empty
 * page, no app code at all. In headless Chromium, typing into an input that touches the window's
 * bottom edge produces frames its display compositor does not draw ("Draw skipped." in a trace),
 * so Event Timing reports the key only when some later frame is drawn. Whatever this control
 * shows is Chromium's, not the form's.
 */
import type { Browser } from '@playwright/test';

export interface PresentationControl {
  /** Longest Event Timing keydown on the plain page, input touching the bottom edge. */
  atEdgeMs: number;
  /** The same input well inside the window. */
  insideMs: number;
}

const KEYS = '5812';

async function longestKeydown(browser: Browser, inputTop: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.setContent(
      `<!doctype html><body style="margin:0;height:3000px"><input aria-label="value" ` +
        `style="position:absolute;left:546px;top:${inputTop}px;height:40.5px;box-sizing:border-box;width:112px"></body>`,
    );
    await page.evaluate(() => {
      const durations: number[] = [];
      (window as unknown as { __keydowns: number[] }).__keydowns = durations;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'keydown') durations.push(entry.duration);
        }
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    await page.locator('input').click();
    await page.waitForTimeout(150);
    await page.keyboard.type(KEYS, { delay: 25 });
    await page.waitForTimeout(300);
    // A visible change elsewhere makes the compositor draw, which releases the pending entries.
    await page.evaluate(() => {
      document.body.style.background = '#fafafa';
    });
    await page.waitForTimeout(200);
    const durations = await page.evaluate(
      () => (window as unknown as { __keydowns: number[] }).__keydowns,
    );
    return Math.max(0, ...durations);
  } finally {
    await page.close();
  }
}

/** The input's bottom exactly on the window's bottom edge, then the same input mid-window. */
export async function measurePresentationControl(browser: Browser): Promise<PresentationControl> {
  return {
    atEdgeMs: await longestKeydown(browser, 800 - 40.5),
    insideMs: await longestKeydown(browser, 380),
  };
}
