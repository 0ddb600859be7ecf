import { dialog, type BrowserWindow } from 'electron';

/**
 * A page with unsaved changes refuses to unload (its `beforeunload` handler). Electron then keeps
 * the window open without a word, so the question the page would have asked is asked here, and
 * "Leave without saving" lets the window close or reload after all.
 */
export function askBeforeLosingChanges(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      detail: 'The changes you made on this page have not been saved and will be lost.',
      buttons: ['Keep editing', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
}
