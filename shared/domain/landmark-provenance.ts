/**
 * What she does with suggested points, as pure functions on a landmark set: suggestions join
 * only where she has placed nothing, and each stays provisional until she accepts or moves it.
 */
import type { LandmarkSet, Point, SuggestionProvenance } from './photo-views';

/** The part of a landmark set these functions read and change. */
interface WithProvenance {
  readonly points: Readonly<Record<string, Point>>;
  readonly provenance?: Readonly<Record<string, SuggestionProvenance>>;
}

export interface ModelName {
  readonly model: string;
  readonly modelVersion: string;
}

export function isUnconfirmed(set: WithProvenance, id: string): boolean {
  return set.provenance?.[id]?.confirmed === false;
}

export function unconfirmedIds(set: WithProvenance): string[] {
  return Object.keys(set.points).filter((id) => isUnconfirmed(set, id));
}

/** The set as it counts: suggestions she has not confirmed are left out. */
export function confirmedOnly(set: LandmarkSet): LandmarkSet {
  const unconfirmed = unconfirmedIds(set);
  if (unconfirmed.length === 0) return set;
  const points = Object.fromEntries(
    Object.entries(set.points).filter(([id]) => !unconfirmed.includes(id)),
  );
  const provenance = Object.fromEntries(
    Object.entries(set.provenance ?? {}).filter(([id]) => !unconfirmed.includes(id)),
  );
  return { ...set, points, provenance };
}

/** Adds suggested points where nothing is placed yet; her own points are never replaced. */
export function withSuggestions<T extends WithProvenance>(
  set: T,
  suggested: Readonly<Record<string, Point & { confidence: number }>>,
  name: ModelName,
): T {
  const points = { ...set.points };
  const provenance = { ...set.provenance };
  for (const [id, { x, y, confidence }] of Object.entries(suggested)) {
    if (points[id]) continue;
    points[id] = { x, y };
    provenance[id] = {
      source: 'suggested',
      ...name,
      confidence,
      confirmed: false,
      moved: false,
    };
  }
  return { ...set, points, provenance };
}

export function acceptSuggestion<T extends WithProvenance>(set: T, id: string): T {
  const entry = set.provenance?.[id];
  if (!entry || entry.confirmed) return set;
  return { ...set, provenance: { ...set.provenance, [id]: { ...entry, confirmed: true } } };
}

export function acceptAllSuggestions<T extends WithProvenance>(set: T): T {
  return unconfirmedIds(set).reduce((next, id) => acceptSuggestion(next, id), set);
}

/** A point moved: a suggestion she drags is confirmed and marked as moved. */
export function markMoved<T extends WithProvenance>(set: T, id: string): T {
  const entry = set.provenance?.[id];
  if (!entry) return set;
  return {
    ...set,
    provenance: { ...set.provenance, [id]: { ...entry, confirmed: true, moved: true } },
  };
}

/** Unconfirmed suggestions taken away again (her own and confirmed points stay). */
export function withoutUnconfirmed<T extends WithProvenance>(set: T): T {
  const unconfirmed = unconfirmedIds(set);
  if (unconfirmed.length === 0) return set;
  const keep = ([id]: [string, unknown]) => !unconfirmed.includes(id);
  return {
    ...set,
    points: Object.fromEntries(Object.entries(set.points).filter(keep)),
    provenance: Object.fromEntries(Object.entries(set.provenance ?? {}).filter(keep)),
  };
}

/** A point removed: its provenance goes with it. */
export function forgetProvenance<T extends WithProvenance>(set: T, id: string): T {
  if (!set.provenance?.[id]) return set;
  const provenance = { ...set.provenance };
  delete provenance[id];
  return { ...set, provenance };
}
