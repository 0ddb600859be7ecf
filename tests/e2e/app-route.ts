/**
 * Serves the app's origin inside Playwright the way main/protocol.ts serves `app://stance`: stored
 * photos under PHOTO_PATH_PREFIX, clips (in byte ranges) under CLIP_PATH_PREFIX, the built renderer (with its CSP) for everything else. Shared by
 * the e2e fixture and the browser benchmarks.
 */
import type { BrowserContext } from '@playwright/test';
import { serveClip } from '../../main/clips/serve';
import { servePhoto } from '../../main/photos/serve';
import { serveRenderer } from '../../main/serve';
import type { Records } from '../../main/db/stores/stores';
import { CLIP_PATH_PREFIX } from '../../shared/domain/movement/clips';
import { PHOTO_PATH_PREFIX } from '../../shared/domain/photos';
import { APP_ORIGIN } from './bridge';

export async function routeAppOrigin(
  context: BrowserContext,
  rendererBuildDir: string,
  currentRecords: () => Records | null,
): Promise<void> {
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    const { pathname } = new URL(url);
    const response = pathname.startsWith(PHOTO_PATH_PREFIX)
      ? await servePhoto(currentRecords(), url)
      : pathname.startsWith(CLIP_PATH_PREFIX)
        ? await serveClip(
            currentRecords(),
            url,
            (await route.request().headerValue('range')) ?? null,
          )
        : await serveRenderer(rendererBuildDir, url);
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}
