/**
 * Waiting for a screen to be finished, without sleeping: nothing loading, every image decoded,
 * the fonts in, and then nothing on the page changing (no DOM mutation, no scroll) for a few
 * frames in a row. A screen that never settles fails with its name instead of being pictured
 * half-drawn.
 */
import type { Page } from '@playwright/test';

const QUIET_FRAMES = 5;
const TIMEOUT_MS = 30_000;

export async function settle(page: Page, name: string): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        // Lazy images load as they near the window; the ones in it must be drawn.
        const inView = (image: HTMLImageElement) => {
          const box = image.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        };
        return (
          document.querySelector('[aria-busy="true"]') === null &&
          [...document.images]
            .filter((image) => image.loading !== 'lazy' || inView(image))
            .every((image) => image.complete && image.naturalWidth > 0)
        );
      },
      undefined,
      { timeout: TIMEOUT_MS, polling: 'raf' },
    );
    await page.evaluate(
      ({ quietFrames, timeoutMs }) =>
        new Promise<void>((resolve, reject) => {
          let quiet = 0;
          let lastScroll = '';
          const observer = new MutationObserver(() => {
            quiet = 0;
          });
          observer.observe(document, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          const deadline = performance.now() + timeoutMs;
          const frame = () => {
            // The window is what scrolls in Stance (no inner scroll areas hold a page).
            const scroll = `${window.scrollX},${window.scrollY}`;
            quiet = scroll === lastScroll ? quiet + 1 : 0;
            lastScroll = scroll;
            if (quiet >= quietFrames) {
              observer.disconnect();
              resolve();
            } else if (performance.now() > deadline) {
              observer.disconnect();
              reject(new Error('the page kept changing'));
            } else {
              requestAnimationFrame(frame);
            }
          };
          void document.fonts.ready.then(() => requestAnimationFrame(frame));
        }),
      { quietFrames: QUIET_FRAMES, timeoutMs: TIMEOUT_MS },
    );
  } catch (error) {
    throw new Error(`The screen "${name}" did not settle: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
