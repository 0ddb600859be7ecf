import fs from 'node:fs';
import path from 'node:path';
import type { Notice, NoticeText, ShippedAs } from './types';

interface Manifest {
  name: string;
  version: string;
  license?: string | { type?: string };
  /** The pre-SPDX form some old packages still use. */
  licenses?: { type?: string }[];
  author?: string | { name?: string; email?: string };
  homepage?: string;
}

/** LICENSE, LICENCE, COPYING and NOTICE, with any extension or suffix (LICENSE-MIT, NOTICE.md). */
const legalFileName = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;

export function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

function declaredLicence(manifest: Manifest): string {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  const legacy = (manifest.licenses ?? []).flatMap((entry) => (entry.type ? [entry.type] : []));
  return legacy.length > 0 ? legacy.join(' OR ') : 'UNKNOWN';
}

function authorOf(manifest: Manifest): string | null {
  if (typeof manifest.author === 'string') return manifest.author;
  return manifest.author?.name ?? null;
}

/** The package's own licence and notice files, read whole. */
export function legalTexts(dir: string, name: string): NoticeText[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && legalFileName.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((file) => ({
      source: `${name}/${file}`,
      text: fs.readFileSync(path.join(dir, file), 'utf8').trim(),
    }))
    .filter(({ text }) => text.length > 0);
}

/**
 * What the notices say about one installed package: its declared licence and its own licence
 * files. A package that ships no licence file is named with its SPDX licence and the author its
 * manifest gives, which is all it offers.
 */
export function packageNotice(dir: string, shippedAs: Iterable<ShippedAs>): Notice {
  const manifest = readManifest(dir);
  const licence = declaredLicence(manifest);
  const files = legalTexts(dir, manifest.name);
  const author = authorOf(manifest);
  const texts: NoticeText[] =
    files.length > 0 || !author
      ? files
      : [
          {
            source: `${manifest.name}/package.json`,
            text: `${manifest.name} includes no licence file. Its package declares the licence ${licence}, by ${author}.`,
          },
        ];
  return {
    name: manifest.name,
    version: manifest.version,
    licence,
    shippedAs: [...shippedAs].sort(),
    homepage: manifest.homepage ?? null,
    texts,
  };
}
