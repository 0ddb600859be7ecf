import fs from 'node:fs/promises';
import path from 'node:path';

/** The renderer's origin. The app is served from here and nowhere else. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stance';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Sent with every document. Scripts only from the app itself; no inline script, no eval, no
 * network: the client's data never leaves the machine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the pose detector compile its own WebAssembly file (served from
  // 'self' like everything else); it does not allow eval or inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // The pose model: its WebAssembly kernels and its weights.
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

/**
 * Maps a URL path onto a file inside `root`, or null when it would leave it. Works on the
 * decoded path, so `%2e%2e%2f` and `..\\` are caught as well as plain `../`.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[\\/]+/).filter(Boolean);
  if (segments.some((segment) => segment === '..')) return null;
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, ...segments);
  const relative = path.relative(resolvedRoot, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/**
 * Answers one request for the built renderer. Plain web `Request`/`Response`, so Electron's
 * `protocol.handle` and the end-to-end tests' `page.route` serve the app through the same code.
 */
export async function serveRenderer(buildDir: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound();
  }
  const pathname = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  const file = resolveInside(buildDir, pathname);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const body = await fs.readFile(file);
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
