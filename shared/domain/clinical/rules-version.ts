/**
 * Version of the clinical rules (bands, thresholds, scoring and interpretation) in this folder.
 * Every scored assessment is stamped with it, so an old report can be explained by the rules it
 * was scored with. Bump it whenever any number, band edge or scoring rule here changes.
 */
export const RULES_VERSION = 'clinical-rules-1';
