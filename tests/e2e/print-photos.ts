/**
 * Posture photos for the report tests and the print benchmark: a plain figure standing against a
 * wall, drawn with sharp, with enough grain that it compresses like a phone photo, and the
 * landmarks a practitioner would place on it. Added through the real photos channels.
 */
import sharp from 'sharp';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { LandmarkSet, PhotoView, Point } from '../../shared/domain/photo-views';
import type { StanceCore } from '../../main/stance';

/** The four views the report tests print: front, back, right side and heels from behind. */
export const REPORT_PHOTO_VIEWS = [
  'anterior',
  'posterior',
  'right-lateral',
  'feet-behind',
] as const;
export type ReportPhotoView = (typeof REPORT_PHOTO_VIEWS)[number];

type Spot = [number, number];

/**
 * Landmarks as fractions of the photo's width and height. Chosen to give clear measures: the
 * right shoulder a little lower, the knees drifting in, the head forward, the right heel everted.
 * The front view leaves out the iliac crests, so one measure prints as not measured.
 */
const SPOTS: Record<ReportPhotoView, Record<string, Spot>> = {
  anterior: {
    'eye-right': [0.482, 0.125],
    'eye-left': [0.518, 0.127],
    'acromion-right': [0.39, 0.247],
    'acromion-left': [0.61, 0.238],
    'asis-right': [0.44, 0.497],
    'asis-left': [0.56, 0.5],
    'greater-trochanter-right': [0.41, 0.53],
    'greater-trochanter-left': [0.59, 0.53],
    'knee-right': [0.448, 0.715],
    'knee-left': [0.552, 0.72],
    'ankle-right': [0.45, 0.925],
    'ankle-left': [0.55, 0.925],
  },
  posterior: {
    'ear-right': [0.545, 0.13],
    'ear-left': [0.455, 0.13],
    'acromion-right': [0.61, 0.247],
    'acromion-left': [0.39, 0.24],
    'iliac-crest-right': [0.59, 0.467],
    'iliac-crest-left': [0.41, 0.471],
    'psis-right': [0.535, 0.502],
    'psis-left': [0.465, 0.505],
    'knee-right': [0.55, 0.72],
    'knee-left': [0.45, 0.72],
    'ankle-right': [0.55, 0.925],
    'ankle-left': [0.45, 0.925],
    'heel-right': [0.552, 0.955],
    'heel-left': [0.448, 0.955],
  },
  'right-lateral': {
    tragus: [0.535, 0.13],
    c7: [0.47, 0.175],
    acromion: [0.52, 0.24],
    'greater-trochanter': [0.505, 0.52],
    'knee-lateral': [0.51, 0.72],
    'lateral-malleolus': [0.49, 0.925],
  },
  'feet-behind': {
    'calcaneus-upper-right': [0.64, 0.45],
    'calcaneus-lower-right': [0.66, 0.74],
    'calcaneus-upper-left': [0.36, 0.45],
    'calcaneus-lower-left': [0.355, 0.74],
    'medial-malleolus-right': [0.57, 0.38],
    'lateral-malleolus-right': [0.71, 0.4],
    'medial-malleolus-left': [0.43, 0.38],
    'lateral-malleolus-left': [0.29, 0.4],
  },
};

/** A metre rule stood beside the client in the side view, marked as the known length. */
const RULER: { a: Spot; b: Spot } = { a: [0.15, 0.38], b: [0.15, 0.91] };

export function landmarksFor(view: ReportPhotoView, width: number, height: number): LandmarkSet {
  const at = ([u, v]: Spot): Point => ({
    x: Math.round(u * width * 10) / 10,
    y: Math.round(v * height * 10) / 10,
  });
  const points = Object.fromEntries(
    Object.entries(SPOTS[view]).map(([id, spot]) => [id, at(spot)]),
  );
  if (view === 'right-lateral') {
    return {
      points,
      plumbLine: { x: Math.round(0.495 * width), angleDeg: 0 },
      calibration: { a: at(RULER.a), b: at(RULER.b), lengthCm: 100 },
    };
  }
  if (view === 'feet-behind') return { points };
  return { points, plumbLine: { x: Math.round(0.5 * width), angleDeg: 0 } };
}

const CLOTHES = '#4f6475';
const SKIN = '#c79c80';

function figure(view: ReportPhotoView, width: number, height: number): string {
  const spots = SPOTS[view];
  const p = (id: string): string => {
    const [u, v] = spots[id] ?? [0.5, 0.5];
    return `${(u * width).toFixed(0)},${(v * height).toFixed(0)}`;
  };
  const limb = (ids: string[], colour: string, thickness: number) =>
    `<polyline points="${ids.map(p).join(' ')}" fill="none" stroke="${colour}" stroke-width="${(thickness * width).toFixed(0)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const circle = (u: number, v: number, r: number, colour: string) =>
    `<circle cx="${u * width}" cy="${v * height}" r="${r * width}" fill="${colour}"/>`;
  if (view === 'feet-behind') {
    return [
      limb(['calcaneus-upper-right', 'calcaneus-lower-right'], SKIN, 0.15),
      limb(['calcaneus-upper-left', 'calcaneus-lower-left'], SKIN, 0.15),
      `<line x1="${0.64 * width}" y1="0" x2="${0.64 * width}" y2="${0.45 * height}" stroke="${SKIN}" stroke-width="${0.12 * width}"/>`,
      `<line x1="${0.36 * width}" y1="0" x2="${0.36 * width}" y2="${0.45 * height}" stroke="${SKIN}" stroke-width="${0.12 * width}"/>`,
    ].join('');
  }
  if (view === 'right-lateral') {
    const [ru, rv] = RULER.a;
    const [, rb] = RULER.b;
    return [
      `<rect x="${(ru - 0.006) * width}" y="${rv * height}" width="${0.012 * width}" height="${(rb - rv) * height}" fill="#e9c46a"/>`,
      circle(0.54, 0.115, 0.055, SKIN),
      limb(['c7', 'acromion', 'greater-trochanter'], CLOTHES, 0.14),
      limb(['greater-trochanter', 'knee-lateral', 'lateral-malleolus'], CLOTHES, 0.09),
      limb(['acromion', 'greater-trochanter'], SKIN, 0.035),
      `<ellipse cx="${0.53 * width}" cy="${0.94 * height}" rx="${0.07 * width}" ry="${0.012 * height}" fill="#2b2b2b"/>`,
    ].join('');
  }
  const [r, l] = view === 'anterior' ? ['right', 'left'] : ['left', 'right'];
  const hips = view === 'anterior' ? 'greater-trochanter' : 'iliac-crest';
  return [
    circle(0.5, 0.12, 0.055, SKIN),
    `<polygon points="${[`acromion-${r}`, `acromion-${l}`, `${hips}-${l}`, `${hips}-${r}`].map(p).join(' ')}" fill="${CLOTHES}"/>`,
    limb([`acromion-${r}`, `${hips}-${r}`], SKIN, 0.04),
    limb([`acromion-${l}`, `${hips}-${l}`], SKIN, 0.04),
    limb([`${hips}-right`, 'knee-right', 'ankle-right'], CLOTHES, 0.075),
    limb([`${hips}-left`, 'knee-left', 'ankle-left'], CLOTHES, 0.075),
  ].join('');
}

/**
 * A phone-like JPEG of the view: a wall and floor, the figure, and fine grain over all of it so
 * it does not compress to nothing (a 12 MP one is a few MB, as a phone's would be).
 */
export async function personPhoto(
  view: ReportPhotoView,
  width: number,
  height: number,
): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#e6dfd3"/>
    <rect y="${0.94 * height}" width="100%" height="${0.06 * height}" fill="#a89880"/>
    ${figure(view, width, height)}
  </svg>`;
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 45 },
    },
  })
    .blur(0.6)
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function call<T>(
  core: Pick<StanceCore, 'route'>,
  channel: string,
  payload: unknown,
): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

const drawn = new Map<string, Promise<Buffer>>();

/** Each size and view is drawn once per test worker: drawing takes longer than the test itself. */
function cachedPhoto(view: ReportPhotoView, width: number, height: number): Promise<Buffer> {
  const key = `${view}/${width}x${height}`;
  const photo = drawn.get(key) ?? personPhoto(view, width, height);
  drawn.set(key, photo);
  return photo;
}

/**
 * Adds the four photos to a draft assessment and places their landmarks, as the practitioner
 * would. `jpegFor` may hand over ready-made files (the benchmark caches its 12 MP ones).
 */
export async function seedReportPhotos(
  core: Pick<StanceCore, 'route'>,
  assessmentId: string,
  {
    width = 900,
    height = 1200,
    jpegFor = (view: ReportPhotoView) => cachedPhoto(view, width, height),
  }: {
    width?: number;
    height?: number;
    jpegFor?: (view: ReportPhotoView) => Promise<Buffer>;
  } = {},
): Promise<PhotoInfo[]> {
  const added: PhotoInfo[] = [];
  // Added out of order, as a practitioner might: the report must still read front, back, side, feet.
  for (const view of ['right-lateral', 'feet-behind', 'anterior', 'posterior'] as const) {
    const jpeg = await jpegFor(view);
    const photo = await call<PhotoInfo>(core, 'photos:add', {
      assessmentId,
      view: view satisfies PhotoView,
      fileName: `IMG_${view}.jpg`,
      dataBase64: jpeg.toString('base64'),
    });
    added.push(
      await call<PhotoInfo>(core, 'photos:saveLandmarks', {
        id: photo.id,
        landmarks: landmarksFor(view, photo.width, photo.height),
      }),
    );
  }
  return added;
}
