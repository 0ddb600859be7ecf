import { sniffImage } from '../photos/sniff';

/**
 * What a file really is, from its first bytes, before any demuxer sees it: only MP4, QuickTime
 * (MOV) and WebM go on. The name and the type the system reports are never trusted.
 */
export type ClipContainer = 'mp4' | 'mov' | 'webm';

export type SniffedClip =
  | { kind: 'video'; container: ClipContainer }
  /** `looksLike` completes "it looks like …" in the message to the practitioner. */
  | { kind: 'refused'; looksLike: string };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const PHOTO_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const PHOTO_BRANDS_AV1 = new Set(['avif', 'avis']);
/** Top-level atoms an old QuickTime file may open with, before `ftyp` existed. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

function sniffIsoMedia(bytes: Uint8Array): SniffedClip | null {
  if (bytes.length < 12) return null;
  const type = ascii(bytes, 4, 4);
  if (type !== 'ftyp')
    return QUICKTIME_ATOMS.has(type) ? { kind: 'video', container: 'mov' } : null;
  const major = ascii(bytes, 8, 4);
  // A HEIC or AVIF photo is the same kind of file; its major brand says it holds a still.
  if (PHOTO_BRANDS.has(major) || PHOTO_BRANDS_AV1.has(major))
    return { kind: 'refused', looksLike: 'a photo (HEIC or AVIF)' };
  return { kind: 'video', container: major === 'qt  ' ? 'mov' : 'mp4' };
}

/** EBML files are Matroska or WebM; the DocType near the start says which. */
function sniffEbml(bytes: Uint8Array): SniffedClip | null {
  if (!(bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3))
    return null;
  const head = ascii(bytes, 0, Math.min(bytes.length, 64));
  if (head.includes('webm')) return { kind: 'video', container: 'webm' };
  return { kind: 'refused', looksLike: 'a Matroska (MKV) video' };
}

export function sniffClip(bytes: Uint8Array): SniffedClip {
  const video = sniffIsoMedia(bytes) ?? sniffEbml(bytes);
  if (video) return video;
  const image = sniffImage(bytes);
  return { kind: 'refused', looksLike: image.kind === 'image' ? 'a photo' : image.looksLike };
}
