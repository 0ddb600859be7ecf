import { SOURCES } from './clinical/sources';
import { measureDefinitions } from './photo-measure-definitions';

/** The project's own site, named in package.json and the About panel. */
export const HOMEPAGE = 'https://stance.app';

/**
 * Every web address Stance itself writes on a page: the sources behind its clinical rules and
 * photo measures, and its own site. Only these may be handed to the practitioner's browser, so a
 * link that arrives in a note, an imported record or a compromised page cannot open anything else.
 */
export function appWrittenAddresses(): readonly string[] {
  const sourceUrls = Object.values(SOURCES).map((source) => source.url);
  const measureUrls = measureDefinitions.flatMap((definition) => definition.source.refs);
  return [HOMEPAGE, ...sourceUrls, ...measureUrls].filter((url) => url.startsWith('https://'));
}
