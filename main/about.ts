import path from 'node:path';
import { app, dialog, shell } from 'electron';

export const APP_LICENCE = 'Apache-2.0';
export const NOTICES_FILE_NAME = 'THIRD-PARTY-NOTICES.txt';
/** The folder electron-builder.yml copies LICENSE, NOTICE and the notices into (extraResources). */
export const LEGAL_FOLDER = 'legal';

export interface LegalLayout {
  isPackaged: boolean;
  /** Electron's `process.resourcesPath`: the folder app.asar sits in. */
  resourcesPath: string;
  /** The folder of the running main bundle (out/main). */
  bundleDir: string;
}

export interface LegalFiles {
  licence: string;
  notices: string;
}

/**
 * Packaged, the files sit beside app.asar rather than inside it, because the program that opens
 * them cannot read an asar archive. From source they are the repository's LICENSE and the
 * notices the build wrote into out/legal.
 */
export function legalFiles({ isPackaged, resourcesPath, bundleDir }: LegalLayout): LegalFiles {
  if (isPackaged) {
    const folder = path.join(resourcesPath, LEGAL_FOLDER);
    return { licence: path.join(folder, 'LICENSE'), notices: path.join(folder, NOTICES_FILE_NAME) };
  }
  const projectRoot = path.resolve(bundleDir, '../..');
  return {
    licence: path.join(projectRoot, 'LICENSE'),
    notices: path.join(projectRoot, 'out', LEGAL_FOLDER, NOTICES_FILE_NAME),
  };
}

export interface AboutActions {
  showAbout(): Promise<void>;
  openNotices(): Promise<void>;
}

const aboutButtons = ['Close', 'Third-party notices', 'Licence'] as const;
const CLOSE = aboutButtons.indexOf('Close');
const NOTICES = aboutButtons.indexOf('Third-party notices');
const LICENCE = aboutButtons.indexOf('Licence');

/**
 * The About box and the notices, opened in the system's text viewer: plain files from the
 * installation, so no page and no renderer is involved.
 */
export function createAboutActions(layout: () => LegalLayout): AboutActions {
  const open = async (file: string): Promise<void> => {
    const failure = await shell.openPath(file).catch((error: unknown) => String(error));
    if (failure) {
      dialog.showErrorBox('Stance could not open the file', `${file}\n\n${failure}`);
    }
  };
  const openNotices = () => open(legalFiles(layout()).notices);

  return {
    openNotices,
    async showAbout() {
      const { response } = await dialog
        .showMessageBox({
          type: 'info',
          title: 'About Stance',
          message: `Stance ${app.getVersion()}`,
          detail:
            `Free and open software, licensed under the Apache License 2.0 (${APP_LICENCE}).\n` +
            'Copyright 2026 Stance.\n\n' +
            'Stance is built with open-source software and fonts; the third-party notices list ' +
            'each one with its licence.',
          buttons: [...aboutButtons],
          defaultId: CLOSE,
          cancelId: CLOSE,
          noLink: true,
        })
        .catch((error: unknown) => {
          console.error('Stance could not show its About box.', error);
          return { response: CLOSE };
        });
      if (response === NOTICES) await openNotices();
      if (response === LICENCE) await open(legalFiles(layout()).licence);
    },
  };
}

/** The layout of the running app. The main bundle is one file, so __dirname is out/main. */
export function runningLayout(): LegalLayout {
  return { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, bundleDir: __dirname };
}
