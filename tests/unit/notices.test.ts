import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { legalFiles } from '../../main/about';
import { installApplicationMenu } from '../../main/menu';
import type { PackageUse } from '../../scripts/notices/bundled';
import { NOTICES_OUTPUT, noticesFor, shippedPackages } from '../../scripts/notices/collect';
import { packageDirOf } from '../../scripts/notices/package-dir';
import { packageNotice } from '../../scripts/notices/package-notice';
import { licenceAccepted, noticeProblems } from '../../scripts/notices/policy';
import { renderNotices } from '../../scripts/notices/render';
import type { Notice } from '../../scripts/notices/types';
import { app, Menu, resetFakeElectron, shell } from './electron/fake-electron';

vi.mock('electron', () => import('./electron/fake-electron'));

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
// js-yaml 4 ships no type declarations; `load` is all this test needs.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface PackageJson {
  version: string;
  license: string;
  private: boolean;
  scripts: Record<string, string>;
}

interface LockEntry {
  version: string;
  dev?: boolean;
  devOptional?: boolean;
}

const packageJson = JSON.parse(
  fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
) as PackageJson;

let uses: PackageUse;
let notices: Notice[];
let names: Set<string>;

beforeAll(async () => {
  uses = await shippedPackages(root);
  notices = noticesFor(uses);
  names = new Set(notices.map((notice) => notice.name));
}, 120_000);

function nameIn(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string })
    .name;
}

function packageNameOf(file: string): string | null {
  const dir = packageDirOf(file);
  return dir ? nameIn(dir) : null;
}

/** Package names in a bundle, read from its source map rather than the generator's module lists. */
function packagesInSourceMap(map: string, mapDir: string): string[] {
  const { sources } = JSON.parse(map) as { sources: string[] };
  return sources.flatMap((source) => {
    const name = packageNameOf(path.resolve(mapDir, source));
    return name ? [name] : [];
  });
}

async function esbuildSourceMapPackages(options: BuildOptions): Promise<string[]> {
  const result = await esbuild({ ...options, write: false, sourcemap: true, logLevel: 'silent' });
  return result.outputFiles
    .filter((file) => file.path.endsWith('.map'))
    .flatMap((file) => packagesInSourceMap(file.text, path.dirname(file.path)));
}

async function rendererSourceMapPackages(): Promise<string[]> {
  const result = await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const outDir = path.join(root, 'out/renderer');
  return outputs.flatMap(({ output }) =>
    output.flatMap((file) =>
      file.type === 'chunk' && file.map
        ? packagesInSourceMap(
            JSON.stringify(file.map),
            path.dirname(path.join(outDir, file.fileName)),
          )
        : [],
    ),
  );
}

/** Bare `@import 'package/…'` in the renderer's CSS: inlined by the build, so never a module. */
function packagesImportedByCss(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
    if (!file.endsWith('.css')) return [];
    const css = fs.readFileSync(path.join(dir, file), 'utf8');
    return [...css.matchAll(/@import\s+(?:url\()?['"]([^'".][^'"]*)['"]/g)].flatMap((match) => {
      const specifier = match[1] ?? '';
      const parts = specifier.split('/');
      return [specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '')];
    });
  });
}

function notice(name: string): Notice {
  const found = notices.find((each) => each.name === name);
  if (!found) throw new Error(`${name} is not in the notices`);
  return found;
}

function allText(entry: Notice): string {
  return entry.texts.map((text) => text.text).join('\n');
}

describe('third-party notices', () => {
  it('lists every package in the main, preload and renderer bundles (read from their source maps)', async () => {
    const buildScript = (await import(
      pathToFileURL(path.join(root, 'scripts/build-main.mjs')).href
    )) as { mainBundle: BuildOptions; preloadBundle: BuildOptions };
    const inBundles = new Set([
      ...(await esbuildSourceMapPackages(buildScript.mainBundle)),
      ...(await esbuildSourceMapPackages(buildScript.preloadBundle)),
      ...(await rendererSourceMapPackages()),
      ...packagesImportedByCss(path.join(root, 'renderer')),
    ]);
    expect([...inBundles]).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'scheduler', 'wouter', 'zod']),
    );
    expect([...inBundles].filter((name) => !names.has(name))).toEqual([]);
  }, 120_000);

  it('lists the production dependency tree installed for this platform (from package-lock.json)', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    const production = Object.entries(lock.packages).flatMap(([where, entry]) =>
      where !== '' &&
      !entry.dev &&
      !entry.devOptional &&
      fs.existsSync(path.join(root, where, 'package.json'))
        ? [nameIn(path.join(root, where))]
        : [],
    );
    expect(production).toEqual(expect.arrayContaining(['better-sqlite3', 'sharp']));
    expect(production.filter((name) => !names.has(name))).toEqual([]);
  });

  it('lists the font the renderer ships with its SIL Open Font Licence', () => {
    const font = notice('@fontsource/source-sans-3');
    expect(font.licence).toBe('OFL-1.1');
    expect(font.shippedAs).toEqual(['bundled into renderer']);
    expect(allText(font)).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it("names sharp's prebuilt libvips with the LGPL and GPL texts and the libraries inside", () => {
    const libvips = notices.filter((entry) => /^@img\/sharp-(libvips-|win32-)/.test(entry.name));
    expect(libvips.length).toBeGreaterThan(0);
    for (const entry of libvips) {
      expect(entry.licence).toContain('LGPL-3.0-or-later');
      const text = allText(entry);
      expect(text).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
      expect(text).toContain('GNU GENERAL PUBLIC LICENSE');
      expect(text).toMatch(/\| libvips\s+\| LGPLv3/);
    }
  });

  it('names the SQLite inside better-sqlite3 as public domain, and Electron with Chromium', () => {
    const sqlite = notice('SQLite');
    expect(sqlite.version).toMatch(/^3\.\d+\.\d+$/);
    expect(sqlite.licence).toBe('blessing');
    expect(allText(sqlite)).toContain('May you do good and not evil.');
    const electron = notice('electron');
    expect(electron.licence).toBe('MIT');
    expect(allText(electron)).toContain('LICENSES.chromium.html');
  });

  it('has a licence text for every component, and only licences accepted for shipping', () => {
    expect(notices.length).toBeGreaterThanOrEqual(15);
    expect(noticeProblems(notices)).toEqual([]);
    for (const entry of notices) expect(entry.texts.length, entry.name).toBeGreaterThan(0);
  });

  it('writes each component with its licence and full text into one file', () => {
    const text = renderNotices(notices, { appVersion: '0.1.0', platform: 'linux-x64' });
    expect(text.startsWith('THIRD-PARTY NOTICES FOR STANCE 0.1.0 (linux-x64)')).toBe(true);
    for (const entry of notices) {
      expect(text).toContain(`${entry.name} ${entry.version}\nLicence: ${entry.licence}`);
      for (const part of entry.texts) expect(text).toContain(part.text);
    }
  });
});

describe('licence policy', () => {
  it('accepts permissive licences and any acceptable choice of an OR', () => {
    expect(licenceAccepted('left', 'MIT')).toBe(true);
    expect(licenceAccepted('left', '(MIT OR Apache-2.0)')).toBe(true);
    expect(licenceAccepted('left', 'GPL-3.0-only OR MIT')).toBe(true);
    expect(licenceAccepted('left', 'MIT AND (BSD-3-Clause OR GPL-2.0-only)')).toBe(true);
  });

  it('flags copyleft, exceptions, unknown and malformed licences', () => {
    expect(licenceAccepted('left', 'GPL-3.0-only')).toBe(false);
    expect(licenceAccepted('left', 'MIT AND GPL-2.0-or-later')).toBe(false);
    expect(licenceAccepted('left', 'GPL-2.0-only WITH Classpath-exception-2.0')).toBe(false);
    expect(licenceAccepted('left', 'UNKNOWN')).toBe(false);
    expect(licenceAccepted('left', 'SEE LICENSE IN LICENSE.txt')).toBe(false);
    expect(licenceAccepted('left', '(MIT')).toBe(false);
  });

  it("accepts the LGPL only for sharp's libvips and libheif-js, both loaded separately", () => {
    expect(licenceAccepted('@img/sharp-libvips-linux-x64', 'LGPL-3.0-or-later')).toBe(true);
    expect(licenceAccepted('@img/sharp-win32-x64', 'Apache-2.0 AND LGPL-3.0-or-later')).toBe(true);
    expect(licenceAccepted('libheif-js', 'LGPL-3.0')).toBe(true);
    expect(licenceAccepted('libheif-js-fork', 'LGPL-3.0')).toBe(false);
    expect(licenceAccepted('some-image-lib', 'LGPL-3.0-or-later')).toBe(false);
  });

  describe('a package without a licence file', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-notices-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    function fakePackage(manifest: object): string {
      const packageDir = path.join(dir, 'node_modules', `pkg-${fs.readdirSync(dir).length}`);
      fs.mkdirSync(packageDir, { recursive: true });
      fs.writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify(manifest));
      return packageDir;
    }

    it('is named with its SPDX licence and its author', () => {
      const entry = packageNotice(
        fakePackage({ name: 'quiet', version: '1.0.0', license: 'ISC', author: 'A. Person' }),
        ['bundled into renderer'],
      );
      expect(noticeProblems([entry])).toEqual([]);
      expect(allText(entry)).toContain('declares the licence ISC, by A. Person');
    });

    it('is reported when it has no author either, and so no licence text at all', () => {
      const entry = packageNotice(
        fakePackage({ name: 'silent', version: '2.0.0', license: 'GPL-3.0-only' }),
        ['installed runtime dependency'],
      );
      const problems = noticeProblems([entry]);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain('silent 2.0.0 has no licence text');
      expect(problems[1]).toContain('"GPL-3.0-only", which is not on the accepted list');
    });
  });
});

describe("Stance's own licence", () => {
  it('is the unmodified Apache License 2.0, declared in package.json', () => {
    const licence = fs.readFileSync(path.join(root, 'LICENSE'));
    // The SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt, byte for byte.
    expect(createHash('sha256').update(licence).digest('hex')).toBe(
      'cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30',
    );
    expect(packageJson.license).toBe('Apache-2.0');
    // Free to share, but not for npm: the app is distributed as installers.
    expect(packageJson.private).toBe(true);
    expect(fs.readFileSync(path.join(root, 'NOTICE'), 'utf8')).toMatch(/^Stance\nCopyright \d{4}/);
  });

  it('regenerates the notices after every build', () => {
    expect(packageJson.scripts.postbuild).toBe('npm run notices');
    expect(packageJson.scripts.notices).toBe('tsx scripts/notices.ts');
  });
});

describe('the notices in the installed app', () => {
  interface ExtraResource {
    from: string;
    to: string;
  }
  const builderConfig = yaml.load(
    fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
  ) as { extraResources: ExtraResource[] };
  let project: string;
  let resources: string;

  beforeAll(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-project-'));
    resources = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-resources-'));
    // The project after `npm run build`: the repository's files and the generated notices.
    for (const file of ['LICENSE', 'NOTICE']) {
      fs.copyFileSync(path.join(root, file), path.join(project, file));
    }
    const generated = path.join(project, NOTICES_OUTPUT);
    fs.mkdirSync(path.dirname(generated), { recursive: true });
    fs.writeFileSync(
      generated,
      renderNotices(notices, { appVersion: packageJson.version, platform: 'test' }),
    );
    // What electron-builder does with extraResources.
    for (const { from, to } of builderConfig.extraResources) {
      fs.mkdirSync(path.dirname(path.join(resources, to)), { recursive: true });
      fs.copyFileSync(path.join(project, from), path.join(resources, to));
    }
  });

  afterAll(() => {
    fs.rmSync(project, { recursive: true, force: true });
    fs.rmSync(resources, { recursive: true, force: true });
    Reflect.deleteProperty(process, 'resourcesPath');
  });

  it('ships the licence, NOTICE and the generated notices beside app.asar', () => {
    expect(builderConfig.extraResources).toEqual([
      { from: 'LICENSE', to: 'legal/LICENSE' },
      { from: 'NOTICE', to: 'legal/NOTICE' },
      { from: NOTICES_OUTPUT, to: 'legal/THIRD-PARTY-NOTICES.txt' },
    ]);
  });

  it('finds the generated notices and the licence when run from the source tree', () => {
    expect(
      legalFiles({ isPackaged: false, resourcesPath: '', bundleDir: path.join(root, 'out/main') }),
    ).toEqual({ licence: path.join(root, 'LICENSE'), notices: path.join(root, NOTICES_OUTPUT) });
  });

  it('opens from Help > Third-party notices in the packaged layout', async () => {
    resetFakeElectron();
    app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    installApplicationMenu();
    const help = (Menu.applicationMenu?.template ?? []).find((item) => item.role === 'help');
    const items = (help?.submenu ?? []) as MenuItemConstructorOptions[];
    const item = items.find((each) => each.label === 'Third-party notices');
    item?.click?.({} as MenuItem, undefined, {});

    await vi.waitFor(() => expect(shell.openedPaths).toHaveLength(1));
    const opened = shell.openedPaths[0] ?? '';
    expect(fs.readFileSync(opened, 'utf8')).toContain(
      `THIRD-PARTY NOTICES FOR STANCE ${packageJson.version}`,
    );
    expect(fs.readFileSync(opened, 'utf8')).toContain('@fontsource/source-sans-3');
  });
});
