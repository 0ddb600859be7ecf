/**
 * Compares the pictures just taken with those of an earlier run, screen by screen: the same bytes,
 * or how many pixels differ and where, so a change that moved something on a screen shows up by
 * name. Files present in only one of the two runs are listed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface Difference {
  readonly file: string;
  /** null: the same bytes. */
  readonly pixels: number | null;
  readonly box?: { x: number; y: number; width: number; height: number };
  readonly note?: string;
}

async function pixelsOf(file: string) {
  return sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
}

async function compareOne(before: string, after: string, file: string): Promise<Difference> {
  const [a, b] = [fs.readFileSync(before), fs.readFileSync(after)];
  if (a.equals(b)) return { file, pixels: null };
  const [left, right] = await Promise.all([pixelsOf(before), pixelsOf(after)]);
  if (left.info.width !== right.info.width || left.info.height !== right.info.height) {
    return { file, pixels: left.info.width * left.info.height, note: 'sizes differ' };
  }
  const { width } = left.info;
  let pixels = 0;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1];
  for (let at = 0; at < left.data.length; at += 4) {
    if (left.data.readUInt32LE(at) === right.data.readUInt32LE(at)) continue;
    pixels += 1;
    const x = (at / 4) % width;
    const y = Math.floor(at / 4 / width);
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x),
      Math.min(minY, y),
      Math.max(maxX, x),
      Math.max(maxY, y),
    ];
  }
  if (pixels === 0) return { file, pixels: 0, note: 'same pixels, different encoding' };
  return {
    file,
    pixels,
    box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 },
  };
}

export async function compareRuns(beforeDir: string, afterDir: string): Promise<Difference[]> {
  const pngs = (dir: string) =>
    new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.png')));
  const [before, after] = [pngs(beforeDir), pngs(afterDir)];
  const differences: Difference[] = [];
  for (const file of [...new Set([...before, ...after])].sort()) {
    if (!before.has(file) || !after.has(file)) {
      differences.push({ file, pixels: Infinity, note: before.has(file) ? 'gone' : 'new' });
      continue;
    }
    differences.push(await compareOne(path.join(beforeDir, file), path.join(afterDir, file), file));
  }
  return differences;
}

export function printComparison(beforeDir: string, differences: readonly Difference[]): void {
  const same = differences.filter((entry) => entry.pixels === null || entry.pixels === 0);
  console.log(
    `\nCompared with ${beforeDir}: ${same.length} of ${differences.length} screens unchanged.`,
  );
  for (const entry of differences) {
    if (entry.pixels === null || entry.pixels === 0) continue;
    const where = entry.box
      ? ` in ${entry.box.width}×${entry.box.height} px at (${entry.box.x}, ${entry.box.y})`
      : '';
    console.log(`  ${entry.file}: ${entry.note ?? `${entry.pixels} pixels differ${where}`}`);
  }
}
