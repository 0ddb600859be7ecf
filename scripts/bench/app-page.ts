import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContextOptions } from '@playwright/test';
import type { StanceCore } from '../../main/stance';
import { routeAppOrigin } from '../../tests/e2e/app-route';
import { INVOKE_BINDING, defineBridgeLikeThePreload } from '../../tests/e2e/bridge';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const rendererBuildDir =
  process.env.STANCE_RENDERER_DIR ?? path.join(repoRoot, 'out', 'renderer');
export const chromiumPath =
  process.env.STANCE_CHROMIUM ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The built renderer in Debian's Chromium, served as the app serves it, with window.stance routed
 * into `core` as the preload would: what every browser benchmark measures.
 */
export async function openAppPage(
  core: StanceCore,
  viewport = { width: 1280, height: 800 },
  {
    context: contextOptions = {},
    args = [],
  }: { context?: BrowserContextOptions; args?: string[] } = {},
) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      ...(process.env.STANCE_BENCH_GPU ? [] : ['--disable-gpu']),
      '--disable-background-networking',
      '--no-first-run',
      ...args,
    ],
  });
  const context = await browser.newContext({ ...contextOptions, viewport });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await routeAppOrigin(context, rendererBuildDir, () => core.currentRecords());
  const page = await context.newPage();
  await page.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, payload: unknown) =>
    core.route(channel, payload),
  );
  // tsx names functions with an `__name` helper; functions sent into the page need it there too.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await page.addInitScript(defineBridgeLikeThePreload);
  return { browser, page };
}
