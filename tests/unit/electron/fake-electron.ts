/**
 * A hand-made stand-in for the `electron` module: just the parts main/ uses, recording every call
 * so tests can assert what the glue did. Load it in place of Electron with
 * `vi.mock('electron', () => import('./fake-electron'))`.
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  HandlerDetails,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  PrintToPDFOptions,
  WebContentsPrintOptions,
  WindowOpenHandlerResponse,
} from 'electron';

type NavigationEvent = 'will-navigate' | 'will-frame-navigate' | 'will-redirect';
type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; mediaTypes?: ('video' | 'audio')[]; securityOrigin?: string },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { securityOrigin?: string; mediaType?: 'video' | 'audio' | 'unknown' },
) => boolean;

/** The order in which main made the calls that must come before or after the app is ready. */
export const timeline: string[] = [];

/** What Electron passes to navigation and webview listeners. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  /** What the page answers to executeJavaScript, one call after another (the last one repeats). */
  scriptAnswers: unknown[] = [];
  scripts: string[] = [];
  pdfOptions: PrintToPDFOptions[] = [];
  pdfResult: Promise<Buffer> = Promise.resolve(Buffer.from('%PDF-fake'));
  printOptions: WebContentsPrintOptions[] = [];
  printAnswer: { success: boolean; failureReason: string } = { success: true, failureReason: '' };

  executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    const answer =
      this.scriptAnswers.length > 1 ? this.scriptAnswers.shift() : this.scriptAnswers[0];
    return Promise.resolve(answer);
  }
  printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    this.pdfOptions.push(options);
    return this.pdfResult;
  }
  print(
    options: WebContentsPrintOptions,
    callback: (success: boolean, failureReason: string) => void,
  ): void {
    this.printOptions.push(options);
    const { success, failureReason } = this.printAnswer;
    setTimeout(() => callback(success, failureReason), 0);
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Plays a navigation the way Chromium announces it; true when no listener prevented it. */
  attemptNavigation(event: NavigationEvent, url: string): boolean {
    const navigation = new FakeEvent(url);
    this.emit(event, navigation, url);
    return !navigation.defaultPrevented;
  }

  attemptWebview(): boolean {
    const attach = new FakeEvent();
    this.emit('will-attach-webview', attach, {}, {});
    return !attach.defaultPrevented;
  }

  /** What `window.open(url)` in the page would get back from main. */
  attemptWindowOpen(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    });
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    timeline.push('new BrowserWindow');
    BrowserWindow.created.push(this);
    // Electron announces every new web contents on the app, which is where security.ts listens.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  hasSingleInstanceLock = true;
  isPackaged = false;
  quitCalls = 0;
  exitCodes: number[] = [];
  readonly paths = new Map<string, string>([['userData', '/fake/user-data']]);

  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock;
  }
  whenReady(): Promise<void> {
    timeline.push('app.whenReady');
    return Promise.resolve();
  }
  getPath(name: string): string {
    const found = this.paths.get(name);
    if (found === undefined) throw new Error(`fake app has no path "${name}"`);
    return found;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getSystemLocale(): string {
    return 'en-GB';
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle(channel: string, listener: InvokeListener): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    timeline.push('ipcMain.handle');
    this.handlers.set(channel, listener);
  },
  /** Calls a registered handler as a page at `senderUrl` would (null: the frame is gone). */
  invokeFrom(senderUrl: string | null, channel: string, payload: unknown): unknown {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
    return listener(event as unknown as IpcMainInvokeEvent, payload);
  },
};

export const protocol = {
  privilegedSchemes: [] as CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    timeline.push('protocol.registerSchemesAsPrivileged');
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    timeline.push('protocol.handle');
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
      timeline.push('session.setPermissionRequestHandler');
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
      this.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  /** What openPath answers: '' when the file opened, otherwise the system's complaint. */
  openPathAnswer: '',
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
  openPath(file: string): Promise<string> {
    this.openedPaths.push(file);
    return Promise.resolve(this.openPathAnswer);
  },
};

export const Menu = {
  applicationMenu: null as { template: MenuItemConstructorOptions[] } | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): {
    template: MenuItemConstructorOptions[];
  } {
    return { template };
  },
  setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null): void {
    timeline.push('Menu.setApplicationMenu');
    this.applicationMenu = menu;
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as MessageBoxOptions[],
  /** The button the practitioner presses in the next message box. */
  messageBoxResponse: 0,
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
    this.messageBoxes.push(options);
    return Promise.resolve({ response: this.messageBoxResponse, checkboxChecked: false });
  },
};

type StorageBackend = ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;

/**
 * The keychain: its "encryption" only marks and reverses the bytes, enough for tests to see that
 * the glue went through it and got the text back.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as StorageBackend,
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  },
  getSelectedStorageBackend(): StorageBackend {
    return this.backend;
  },
  encryptStringAsync(plainText: string): Promise<Buffer> {
    return Promise.resolve(Buffer.concat([MARK, Buffer.from(plainText, 'utf8').reverse()]));
  },
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (!encrypted.subarray(0, MARK.length).equals(MARK))
      return Promise.reject(new Error('Error while decrypting the ciphertext provided.'));
    const result = Buffer.from(encrypted.subarray(MARK.length)).reverse().toString('utf8');
    return Promise.resolve({ shouldReEncrypt: false, result });
  },
};
const MARK = Buffer.from('v11');

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

type RendererListener = (event: { sender: string }, payload: unknown) => void;

export const ipcRenderer = {
  calls: [] as unknown[][],
  listeners: new Map<string, RendererListener[]>(),
  invoke(...args: unknown[]): Promise<unknown> {
    this.calls.push(args);
    return Promise.resolve({ ok: true, value: 'from main' });
  },
  on(channel: string, listener: RendererListener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  },
  removeListener(channel: string, listener: RendererListener) {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((each) => each !== listener),
    );
    return this;
  },
  /** What main's webContents.send would deliver, with the event object Electron passes first. */
  deliver(channel: string, payload: unknown): void {
    for (const listener of this.listeners.get(channel) ?? [])
      listener({ sender: 'ipcRenderer itself' }, payload);
  },
};

/** Forgets everything recorded, so each test starts from a freshly launched app. */
export function resetFakeElectron(): void {
  timeline.length = 0;
  app.removeAllListeners();
  app.hasSingleInstanceLock = true;
  app.isPackaged = false;
  app.quitCalls = 0;
  app.exitCodes = [];
  app.paths.clear();
  app.paths.set('userData', '/fake/user-data');
  BrowserWindow.created = [];
  ipcMain.handlers.clear();
  protocol.privilegedSchemes = [];
  protocol.handlers.clear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  shell.opened = [];
  shell.openedPaths = [];
  shell.openPathAnswer = '';
  Menu.applicationMenu = null;
  dialog.errorBoxes = [];
  dialog.messageBoxes = [];
  dialog.messageBoxResponse = 0;
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  contextBridge.exposed.clear();
  ipcRenderer.calls = [];
  ipcRenderer.listeners.clear();
}
