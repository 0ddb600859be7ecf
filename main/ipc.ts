import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../shared/contract';
import type { Result } from '../shared/errors';
import { isAppUrl } from './app-origin';
import type { Route } from './router';

const refused: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden-sender',
    message: 'This request did not come from the Stance window, so it was refused.',
  },
};

/**
 * Whether an IPC message came from the app's own page. A frame that has navigated away or been
 * destroyed reports null or throws when read; both count as foreign.
 */
export function isAppSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && isAppUrl(frame.url);
  } catch {
    return false;
  }
}

/**
 * One handler per contract channel, each refusing foreign senders before the router (and so any
 * read or write) sees the payload. Channels outside the contract get no handler at all.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  route: Route,
  onRefused: (channel: string, event: IpcMainInvokeEvent) => void = logRefusal,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isAppSender(event)) {
        onRefused(channel, event);
        return Promise.resolve(refused);
      }
      return route(channel, payload);
    });
  }
}

function logRefusal(channel: string, event: IpcMainInvokeEvent): void {
  let from = 'a destroyed frame';
  try {
    from = event.senderFrame?.url.slice(0, 200) ?? from;
  } catch {
    // the frame is gone; keep the generic description
  }
  // The payload is not logged: it may carry a client's health details.
  console.warn(`Refused "${channel}" from ${from}.`);
}
