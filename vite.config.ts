import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { poseAssets } from './scripts/pose-assets';

const fromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: fromHere('./renderer'),
  // Relative asset URLs, so the same build works under app://stance/ and the test origin.
  base: './',
  plugins: [react(), poseAssets(fromHere('.'))],
  // The pose detector runs in a module worker so the annotator stays responsive.
  worker: { format: 'es' },
  build: {
    outDir: fromHere('./out/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    // The CSP allows no inline script, and the polyfill is injected as one; Chromium has
    // native modulepreload anyway.
    modulePreload: { polyfill: false },
    // font-src and script-src allow only 'self', so nothing may be turned into a data: URL.
    assetsInlineLimit: 0,
  },
});
