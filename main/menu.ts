import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { createAboutActions, runningLayout, type AboutActions } from './about';

export interface MenuEnvironment {
  platform: NodeJS.Platform;
  /** False when run from the source tree: reload and developer tools are offered only then. */
  isPackaged: boolean;
  about: AboutActions;
}

export function applicationMenuTemplate({
  platform,
  isPackaged,
  about,
}: MenuEnvironment): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const aboutItem: MenuItemConstructorOptions = {
    label: 'About Stance',
    click: () => void about.showAbout(),
  };
  const noticesItem: MenuItemConstructorOptions = {
    label: 'Third-party notices',
    click: () => void about.openNotices(),
  };
  // The roles appMenu would give, with Stance's own About (version, licence, notices) first.
  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Stance',
    submenu: [
      aboutItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];

  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: 'File',
      submenu: [isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      // Without these roles macOS has no copy and paste shortcuts in any text field.
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom', accelerator: 'CommandOrControl+0' },
        { role: 'zoomIn', accelerator: 'CommandOrControl+=' },
        { role: 'zoomOut', accelerator: 'CommandOrControl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: isMac ? [noticesItem] : [aboutItem, { type: 'separator' }, noticesItem],
    },
  ];
}

export function installApplicationMenu(): void {
  const template = applicationMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    about: createAboutActions(runningLayout),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
