/**
 * What stands in for Electron's preload outside Electron: the app's origin and the `window.stance`
 * object, routed to a binding the caller exposes. Shared by the e2e fixture and the benchmark.
 */

/** A secure origin like app://stance, so the page gets the same secure-context APIs. */
export const APP_ORIGIN = 'https://stance.test';

/** The name of the binding `defineBridgeLikeThePreload` forwards every call to. */
export const INVOKE_BINDING = '__stanceInvoke';

/** Runs in the page before its scripts, like the preload's contextBridge call. */
export function defineBridgeLikeThePreload(): void {
  const binding = (
    window as unknown as {
      __stanceInvoke: (channel: unknown, payload: unknown) => Promise<unknown>;
    }
  ).__stanceInvoke;
  // contextBridge exposes a frozen, read-only object; so does this.
  Object.defineProperty(window, 'stance', {
    value: Object.freeze({
      invoke: (channel: unknown, payload: unknown) => binding(channel, payload),
      on: (event: string, listener: (payload: unknown) => void) => {
        const forward = (message: Event) => listener((message as CustomEvent).detail);
        window.addEventListener(`stance-event:${event}`, forward);
        return () => window.removeEventListener(`stance-event:${event}`, forward);
      },
    }),
    enumerable: true,
  });
}
