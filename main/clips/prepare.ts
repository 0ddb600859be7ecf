import {
  ALL_FORMATS,
  BufferSource,
  BufferTarget,
  Conversion,
  Input,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import {
  MAX_CLIP_BYTES,
  clipTooLargeMessage,
  type ClipMediaType,
} from '../../shared/domain/movement/clips';
import { AppError } from '../../shared/errors';
import { sniffClip } from './sniff';

/** A clip ready to store: its container rewritten with nothing in it but the picture. */
export interface PreparedClip {
  data: Uint8Array;
  mediaType: ClipMediaType;
  width: number;
  height: number;
  durationMs: number;
  frameRate: number;
}

/** The codecs Stance's player can show: what phones, cameras and Chromium's recorder produce. */
const PLAYABLE: ReadonlySet<VideoCodec> = new Set(['avc', 'hevc', 'vp8', 'vp9', 'av1']);
/** Enough packets to know the frame rate without reading a long clip twice. */
const FRAME_RATE_SAMPLE = 240;

const named = (fileName: string): string =>
  fileName.trim() ? `“${fileName.trim().slice(0, 80)}”` : 'This file';

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message, [{ path: 'dataBase64', message }]);
};

/**
 * Checks what the bytes are, then copies the video track into a fresh container (a remux, with
 * mediabunny): no sound, no metadata tags (a phone writes the place it was filmed, the make and
 * model and the owner's name there), nothing but the encoded frames and their timing. The frames
 * themselves are copied, not re-encoded, so it is quick and the picture is exactly as filmed.
 * A track's rotation is kept: it is how the clip stands, not where it was filmed.
 */
export async function prepareClip(bytes: Uint8Array, fileName = ''): Promise<PreparedClip> {
  if (bytes.byteLength > MAX_CLIP_BYTES) return refuse(clipTooLargeMessage(fileName));
  const sniffed = sniffClip(bytes);
  if (sniffed.kind === 'refused')
    return refuse(
      `${named(fileName)} is not a video clip Stance can use (it looks like ${sniffed.looksLike}). Use an MP4, MOV or WebM clip.`,
    );

  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  try {
    // A file cut short before its index lists no tracks at all: that is damage, not a sound file.
    const tracks = await input.getTracks().catch(() => refuseDamaged(fileName));
    if (tracks.length === 0) return refuseDamaged(fileName);
    const track = await input.getPrimaryVideoTrack();
    if (!track) return refuse(`${named(fileName)} has no picture in it, only sound or data.`);
    const codec = track.codec;
    if (!codec || !PLAYABLE.has(codec))
      return refuse(
        `${named(fileName)} is filmed in a format Stance cannot play (${codec ?? 'unknown'}). Export it as H.264 (on a phone: "Most compatible"), then add it again.`,
      );
    const webm = sniffed.container === 'webm';
    const output = new Output({
      format: webm ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' }),
      target: new BufferTarget(),
    });
    const conversion = await Conversion.init({
      input,
      output,
      video: (candidate) => (candidate.id === track.id ? {} : { discard: true }),
      audio: { discard: true },
      tags: {},
      showWarnings: false,
    });
    if (!conversion.isValid) return refuseDamaged(fileName);
    await conversion.execute();
    const data = output.target.buffer;
    if (!data) return refuseDamaged(fileName);
    const [durationSeconds, stats] = await Promise.all([
      input.computeDuration(),
      track.computePacketStats(FRAME_RATE_SAMPLE),
    ]);
    return {
      data: new Uint8Array(data),
      mediaType: webm ? 'video/webm' : 'video/mp4',
      width: track.displayWidth,
      height: track.displayHeight,
      durationMs: Math.round(durationSeconds * 1000),
      frameRate: stats.averagePacketRate > 0 ? stats.averagePacketRate : 30,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuseDamaged(fileName);
  } finally {
    input.dispose();
  }
}

function refuseDamaged(fileName: string): never {
  return refuse(
    `${named(fileName)} looks like a video but could not be read: it may be damaged or incomplete. Copy or export it again and retry.`,
  );
}
