/**
 * What a file really is, from its first bytes. The name and the type the system reports can lie
 * (a PDF renamed .jpg, an iPhone HEIC called .jpeg), and only the bytes decide what Stance decodes:
 * nothing but the five photo formats ever reaches an image decoder.
 */
export type Readable = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic';

export type Sniffed =
  | { kind: 'image'; format: Readable }
  /** `looksLike` completes "it looks like …" in the message to the practitioner. */
  | { kind: 'refused'; looksLike: string };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((value, index) => bytes[index] === value);

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/**
 * ISO-BMFF (`ftyp`) files: AVIF goes to libvips; HEIC and HEIF (HEVC inside) to libheif, which
 * the bundled libvips lacks.
 */
function sniffFtyp(bytes: Uint8Array): Sniffed | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const boxSize = Math.min(
    bytes.length,
    (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!,
  );
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (brands.includes('avif') || brands.includes('avis')) return { kind: 'image', format: 'avif' };
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return { kind: 'image', format: 'heic' };
  return { kind: 'refused', looksLike: 'a video or another media file' };
}

export function sniffImage(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', format: 'png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return { kind: 'image', format: 'webp' };
  const ftyp = sniffFtyp(bytes);
  if (ftyp) return ftyp;
  return { kind: 'refused', looksLike: describeOther(bytes) };
}

function describeOther(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 16);
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('GIF8')) return 'a GIF animation';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'a TIFF or camera raw file';
  if (head.startsWith('BM')) return 'a BMP image';
  if (head.startsWith('PK\x03\x04')) return 'a zip archive or an Office document';
  if (/^\s*<(\?xml|svg|!doctype|html)/i.test(head)) return 'a web page or drawing (SVG/HTML)';
  if (bytes.length === 0) return 'an empty file';
  return isMostlyText(bytes) ? 'a text file' : 'a file of an unknown kind';
}

function isMostlyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let printable = 0;
  for (const value of sample) {
    if (value === 9 || value === 10 || value === 13 || (value >= 32 && value < 127) || value >= 128)
      printable += 1;
  }
  return printable / sample.length > 0.95;
}
