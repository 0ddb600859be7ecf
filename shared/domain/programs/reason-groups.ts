/**
 * Suggestions grouped under their reasons, so a reason shared by several exercises is written
 * once with the exercises it covers below it, instead of word for word under each one. Each
 * exercise sits under its most pressing reason; its other reasons name it as "also".
 */
import type { SuggestedExercise, SuggestionReason } from './suggest';

export interface ReasonGroup<T extends SuggestedExercise> {
  readonly key: string;
  readonly reason: SuggestionReason;
  /** The exercises whose most pressing reason this is, in the order given. */
  readonly exercises: readonly T[];
  /** Names of exercises listed under another reason that this reason also prompted. */
  readonly also: readonly string[];
}

export const reasonKey = (reason: SuggestionReason): string =>
  `${reason.ruleId}:${reason.observationId}:${reason.side}`;

interface MutableGroup<T extends SuggestedExercise> {
  key: string;
  reason: SuggestionReason;
  exercises: T[];
  also: string[];
}

export function groupByReason<T extends SuggestedExercise>(
  suggestions: readonly T[],
): ReasonGroup<T>[] {
  const groups = new Map<string, MutableGroup<T>>();
  const groupFor = (reason: SuggestionReason) => {
    const key = reasonKey(reason);
    const existing = groups.get(key);
    if (existing) return existing;
    const created: MutableGroup<T> = { key, reason, exercises: [], also: [] };
    groups.set(key, created);
    return created;
  };
  for (const suggestion of suggestions) {
    const [first, ...others] = suggestion.reasons;
    if (!first) continue;
    groupFor(first).exercises.push(suggestion);
    for (const other of others) {
      const group = groupFor(other);
      if (!group.also.includes(suggestion.name)) group.also.push(suggestion.name);
    }
  }
  return [...groups.values()];
}
