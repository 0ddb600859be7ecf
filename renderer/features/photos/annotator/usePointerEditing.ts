/**
 * Mouse and pen on the photo stage: press on a mark and drag to move it, press on empty photo and
 * drag to pan, click to place the selected mark. While a mark is dragged only a small piece of
 * state (the dragged point) changes, and the pointer is captured so a fast drag never escapes.
 */
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from '../../../../shared/domain/photo-views';
import { markNear, positionOf, type Annotation, type Tool } from './annotation';
import type { ViewportController } from './viewport-controller';
import { clampToPhoto, type Size } from './viewport-math';

/** How far (screen pixels) a press may wander and still count as a click. */
const CLICK_SLOP = 4;
/** How close (screen pixels) a press must be to a mark to pick it up. */
const GRAB_RADIUS = 14;

type Gesture =
  | { kind: 'drag'; tool: Tool; point: Point }
  | { kind: 'press'; startX: number; startY: number; lastX: number; lastY: number; moved: boolean };

export interface PointerEditingOptions {
  viewport: ViewportController;
  annotation: Annotation;
  tools: readonly Tool[];
  tool: Tool;
  photo: Size;
  editable: boolean;
  onSelect: (tool: Tool) => void;
  onPlace: (tool: Tool, point: Point, via: 'pointer' | 'drag') => void;
}

export function usePointerEditing(options: PointerEditingOptions) {
  const { viewport, annotation, tools, tool, photo, editable, onSelect, onPlace } = options;
  const gesture = useRef<Gesture | null>(null);
  const [drag, setDrag] = useState<{ tool: Tool; point: Point } | null>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.focus({ preventScroll: true });
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = viewport.imagePointAt(event.clientX, event.clientY);
    const grabbed = editable
      ? markNear(annotation, tools, at, GRAB_RADIUS / viewport.current().scale, photo)
      : null;
    const start = grabbed && positionOf(annotation, grabbed, photo);
    if (grabbed && start) {
      onSelect(grabbed);
      // The plumb line follows the pointer sideways from wherever it was grabbed.
      const point = grabbed.kind === 'plumb' ? clampToPhoto(at, photo) : start;
      gesture.current = { kind: 'drag', tool: grabbed, point };
      setDrag({ tool: grabbed, point });
      event.preventDefault();
      return;
    }
    gesture.current = {
      kind: 'press',
      startX: event.clientX,
      startY: event.clientY,
      lastX: event.clientX,
      lastY: event.clientY,
      moved: false,
    };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (!current) return;
    if (current.kind === 'drag') {
      const point = clampToPhoto(viewport.imagePointAt(event.clientX, event.clientY), photo);
      current.point = point;
      setDrag({ tool: current.tool, point });
      return;
    }
    const distance = Math.hypot(event.clientX - current.startX, event.clientY - current.startY);
    if (distance > CLICK_SLOP) current.moved = true;
    if (current.moved) viewport.pan(event.clientX - current.lastX, event.clientY - current.lastY);
    current.lastX = event.clientX;
    current.lastY = event.clientY;
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    gesture.current = null;
    if (!current) return;
    if (current.kind === 'drag') {
      setDrag(null);
      onPlace(current.tool, current.point, 'drag');
    } else if (!current.moved && editable) {
      const at = viewport.imagePointAt(event.clientX, event.clientY);
      // A click on the grey around the photo places nothing.
      if (at.x >= 0 && at.y >= 0 && at.x <= photo.width && at.y <= photo.height)
        onPlace(tool, clampToPhoto(at, photo), 'pointer');
    }
  };

  const onPointerCancel = () => {
    gesture.current = null;
    setDrag(null);
  };

  return { drag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
