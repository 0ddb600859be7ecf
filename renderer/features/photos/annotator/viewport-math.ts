/**
 * The annotator's view of the photo: image pixels are drawn at `scale` screen pixels each, offset
 * by (x, y) from the stage's top-left corner. Pure, so zooming and fitting are tested without a page.
 */
import type { Point } from '../../../../shared/domain/photo-views';

export interface Viewport {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Zoom never goes below a quarter of "fit" nor past 8 screen pixels per image pixel. */
export const MAX_SCALE = 8;
const FIT_MARGIN = 0.98;
export const ZOOM_STEP = 1.25;

export function fitViewport(stage: Size, photo: Size): Viewport {
  const scale = Math.min(stage.width / photo.width, stage.height / photo.height) * FIT_MARGIN;
  return {
    scale,
    x: (stage.width - photo.width * scale) / 2,
    y: (stage.height - photo.height * scale) / 2,
  };
}

/** Past the fitted view: the photo is magnified, so the wheel belongs to the photo, not the page. */
export function isZoomedIn(viewport: Viewport, stage: Size, photo: Size): boolean {
  return viewport.scale > fitViewport(stage, photo).scale * 1.001;
}

export function minScale(stage: Size, photo: Size): number {
  return fitViewport(stage, photo).scale / 4;
}

/** Scales by `factor` keeping the image point under `anchor` (stage pixels) where it is. */
export function zoomAbout(
  viewport: Viewport,
  factor: number,
  anchor: Point,
  limits: { min: number; max: number },
): Viewport {
  const scale = Math.min(limits.max, Math.max(limits.min, viewport.scale * factor));
  const applied = scale / viewport.scale;
  return {
    scale,
    x: anchor.x - (anchor.x - viewport.x) * applied,
    y: anchor.y - (anchor.y - viewport.y) * applied,
  };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** Stage pixels -> image pixels. */
export function toImage(viewport: Viewport, stagePoint: Point): Point {
  return {
    x: (stagePoint.x - viewport.x) / viewport.scale,
    y: (stagePoint.y - viewport.y) / viewport.scale,
  };
}

/** Keeps a point on the photo (landmarks must lie inside it), rounded to a tenth of a pixel. */
export function clampToPhoto(point: Point, photo: Size): Point {
  const clamp = (value: number, max: number) =>
    Math.round(Math.min(max, Math.max(0, value)) * 10) / 10;
  return { x: clamp(point.x, photo.width), y: clamp(point.y, photo.height) };
}

/** The image point at the middle of what the stage shows, kept on the photo. */
export function visibleCentre(viewport: Viewport, stage: Size, photo: Size): Point {
  return clampToPhoto(toImage(viewport, { x: stage.width / 2, y: stage.height / 2 }), photo);
}

export function cssTransform(viewport: Viewport): string {
  return `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.scale})`;
}
