/**
 * The renderer's only door to main. Everything else calls `invoke`, typed from the shared
 * contract, so a wrong channel name or payload is a compile error, not a runtime surprise.
 */
import type { Channel, RequestOf, ResponseOf, StanceBridge } from '../shared/contract';
import type { AppErrorShape, Result } from '../shared/errors';
import type { EventName, EventPayloads } from '../shared/events';

declare global {
  interface Window {
    /** Put there by the preload; missing when the page is opened outside Stance. */
    readonly stance?: StanceBridge;
  }
}

const unreachable: AppErrorShape = {
  code: 'unavailable',
  message:
    'Stance could not reach your client data. Please close Stance and open it again. Nothing has been changed.',
};

/** Never throws: a broken bridge comes back as a failed Result the page can explain. */
export async function invoke<C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  const bridge = window.stance;
  if (!bridge) return { ok: false, error: unreachable };
  try {
    return await bridge.invoke(channel, payload);
  } catch {
    return { ok: false, error: unreachable };
  }
}

/**
 * Listens to one of main's events until the returned function is called. Outside Stance there is
 * no bridge and so nothing to hear; listening then quietly does nothing.
 */
export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  const bridge = window.stance;
  if (!bridge) return () => undefined;
  try {
    return bridge.on(event, listener);
  } catch {
    return () => undefined;
  }
}
