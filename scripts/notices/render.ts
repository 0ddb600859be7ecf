import type { Notice } from './types';

const rule = '='.repeat(78);
const thinRule = '-'.repeat(78);

export interface NoticesHeading {
  appVersion: string;
  /** `linux-x64` and so on: the native parts differ by platform, so each build lists its own. */
  platform: string;
}

/** The plain-text notices file, in name order, with no date in it so equal builds match. */
export function renderNotices(notices: Notice[], heading: NoticesHeading): string {
  const sorted = [...notices].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const width = Math.max(...sorted.map((notice) => `${notice.name} ${notice.version}`.length));
  const contents = sorted.map(
    (notice) => `  ${`${notice.name} ${notice.version}`.padEnd(width)}  ${notice.licence}`,
  );
  const sections = sorted.map((notice) =>
    [
      rule,
      `${notice.name} ${notice.version}`,
      `Licence: ${notice.licence}`,
      `Shipped as: ${notice.shippedAs.join(', ')}`,
      ...(notice.homepage ? [`Homepage: ${notice.homepage}`] : []),
      ...notice.texts.flatMap((text) => [thinRule, `From ${text.source}:`, '', text.text]),
    ].join('\n'),
  );
  return [
    `THIRD-PARTY NOTICES FOR STANCE ${heading.appVersion} (${heading.platform})`,
    '',
    'Stance is licensed under the Apache License 2.0 (the file LICENSE). It is built with the',
    'software and fonts below, each under its own licence, whose full texts follow. This list',
    'was made from the dependency tree and the bundles when this copy of Stance was built.',
    '',
    ...contents,
    '',
    ...sections,
    '',
  ].join('\n');
}
