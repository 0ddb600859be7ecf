/** Where a third-party package ends up in the shipped app. */
export type ShippedAs =
  | 'Electron runtime'
  | 'installed runtime dependency'
  | 'bundled into main'
  | 'bundled into preload'
  | 'bundled into renderer'
  | 'compiled into better-sqlite3'
  | 'model files in the renderer';

/** One licence or notice text, with the file it was read from. */
export interface NoticeText {
  source: string;
  text: string;
}

/** Everything the notices file says about one component. */
export interface Notice {
  name: string;
  version: string;
  /** An SPDX licence expression, as the package declares it. */
  licence: string;
  shippedAs: ShippedAs[];
  homepage: string | null;
  texts: NoticeText[];
}
