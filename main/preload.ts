import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Channel, RequestOf, ResponseOf, StanceBridge } from '../shared/contract';
import type { Result } from '../shared/errors';
import { isEventName, type EventName, type EventPayloads } from '../shared/events';

// The page gets these two functions and nothing else: no ipcRenderer, no process, no Node.
const bridge = {
  invoke: <C extends Channel>(channel: C, payload: RequestOf<C>) =>
    ipcRenderer.invoke(channel, payload) as Promise<Result<ResponseOf<C>>>,
  on: <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => {
    if (!isEventName(event)) throw new Error(`Stance sends no event called "${String(event)}".`);
    // The Electron event object is never passed on: it would hand the page `sender` (ipcRenderer).
    const forward = (_event: IpcRendererEvent, payload: EventPayloads[E]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies StanceBridge;

contextBridge.exposeInMainWorld('stance', bridge);
