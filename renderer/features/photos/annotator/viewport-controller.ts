/**
 * Zoom and pan of the photo stage. The transform is written straight onto the content element, not
 * through React state, so panning and wheel zoom never re-render the landmarks or the image; only
 * the zoom percentage shown in the toolbar is read by React (useSyncExternalStore).
 */
import type { Point } from '../../../../shared/domain/photo-views';
import {
  MAX_SCALE,
  cssTransform,
  fitViewport,
  isZoomedIn,
  minScale,
  panBy,
  toImage,
  zoomAbout,
  type Size,
  type Viewport,
} from './viewport-math';

export class ViewportController {
  private viewport: Viewport = { scale: 1, x: 0, y: 0 };
  private stage: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  // Stays true until the practitioner zooms or pans, so a resized window refits the photo.
  private fitted = true;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly photo: Size) {}

  /** Callback ref for the stage (the focusable frame the photo is seen through). */
  readonly setStage = (element: HTMLElement | null) => {
    this.observer?.disconnect();
    this.observer = null;
    this.stage?.removeEventListener('wheel', this.onWheel);
    this.stage = element;
    if (!element) return;
    // Not React's onWheel: that listener is passive, and the page must not scroll while the photo zooms.
    element.addEventListener('wheel', this.onWheel, { passive: false });
    this.observer = new ResizeObserver(() => {
      if (this.fitted) this.fit();
    });
    this.observer.observe(element);
    this.fit();
  };

  /** Callback ref for the element that carries the transform. */
  readonly setContent = (element: HTMLElement | null) => {
    this.content = element;
    this.write();
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Zoom as a percentage of the photo's own pixels. */
  readonly zoomPercent = () => Math.round(this.viewport.scale * 100);

  readonly current = () => this.viewport;

  readonly stageSize = (): Size => ({
    width: this.stage?.clientWidth || 1,
    height: this.stage?.clientHeight || 1,
  });

  readonly fit = () => {
    this.fitted = true;
    this.set(fitViewport(this.stageSize(), this.photo));
  };

  readonly zoomBy = (factor: number, anchor?: Point) => {
    this.fitted = false;
    const size = this.stageSize();
    const at = anchor ?? { x: size.width / 2, y: size.height / 2 };
    const limits = { min: minScale(size, this.photo), max: MAX_SCALE };
    this.set(zoomAbout(this.viewport, factor, at, limits));
  };

  readonly pan = (dx: number, dy: number) => {
    this.fitted = false;
    this.set(panBy(this.viewport, dx, dy));
  };

  /** A pointer position (client pixels) as image pixels. */
  readonly imagePointAt = (clientX: number, clientY: number): Point => {
    return toImage(this.viewport, this.stagePoint(clientX, clientY));
  };

  /** Client pixels -> pixels from the stage's inner top-left corner, inside its border. */
  private stagePoint(clientX: number, clientY: number): Point {
    const stage = this.stage;
    if (!stage) return { x: clientX, y: clientY };
    const box = stage.getBoundingClientRect();
    return { x: clientX - box.left - stage.clientLeft, y: clientY - box.top - stage.clientTop };
  }

  /*
   * The wheel scrolls the page, as everywhere else, so the marks and measures below or beside the
   * photo stay in reach on a small screen. It zooms only when asked to (Ctrl or ⌘ held, which is
   * also what a trackpad pinch sends) or once she has zoomed in, when the page no longer matters.
   */
  private readonly onWheel = (event: WheelEvent) => {
    const asked = event.ctrlKey || event.metaKey;
    if (!asked && !isZoomedIn(this.viewport, this.stageSize(), this.photo)) return;
    event.preventDefault();
    const delta = event.deltaMode === 1 ? event.deltaY * 20 : event.deltaY;
    this.zoomBy(Math.exp(-delta * 0.0015), this.stagePoint(event.clientX, event.clientY));
  };

  private set(next: Viewport) {
    const zoomChanged = next.scale !== this.viewport.scale;
    this.viewport = next;
    this.write();
    if (zoomChanged) for (const listener of this.listeners) listener();
  }

  private write() {
    if (this.content) this.content.style.transform = cssTransform(this.viewport);
  }
}
