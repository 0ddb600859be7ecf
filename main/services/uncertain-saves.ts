/**
 * A draft save whose connection dropped after it was sent may have landed or not: the server
 * commits or rolls back on its own, and its answer never arrives. Her next save still carries the
 * stamp from before it; if it did land, that save would be refused as "changed by <herself>" and
 * her typing would be stuck behind her own save. So each such save is remembered with the stamp it
 * would have written: when the draft holds exactly that stamp, the save was hers and the next one
 * goes on top of it. Any other stamp is a colleague's (or another window's) save and is reported.
 */
import type { Stores } from '../db/stores/stores';

/** Saves lost during one outage; more is a server that is not coming back. */
const MAX_REMEMBERED = 32;

export class UncertainSaves {
  /**
   * Per draft: the stamp an unanswered save started from -> every stamp such a save would have
   * written. One start can have several: while the server is away her retries all start from the
   * last stamp she was answered, and any one of them (the first, usually) may have landed.
   */
  private readonly drafts = new Map<string, Map<string, Set<string>>>();

  remember(id: string, revision: number, from: string, wouldWrite: string): void {
    const key = draftKey(id, revision);
    const links = this.drafts.get(key) ?? new Map<string, Set<string>>();
    if (!links.has(from) && links.size >= MAX_REMEMBERED) links.delete(links.keys().next().value!);
    const written = links.get(from) ?? new Set<string>();
    if (written.size < MAX_REMEMBERED) written.add(wouldWrite);
    links.set(from, written);
    this.drafts.set(key, links);
  }

  /**
   * The stamp to save on top of when the draft's stamp `current` was written by unanswered saves
   * of this computer's that started from `from` (directly, or one on top of another); null when
   * someone else saved.
   */
  ownStampAfter(id: string, revision: number, from: string, current: string): string | null {
    const links = this.drafts.get(draftKey(id, revision));
    if (!links) return null;
    const seen = new Set<string>([from]);
    let reached = [from];
    while (reached.length > 0) {
      const next: string[] = [];
      for (const stamp of reached)
        for (const written of links.get(stamp) ?? []) {
          if (written === current) return current;
          if (!seen.has(written)) {
            seen.add(written);
            next.push(written);
          }
        }
      reached = next;
    }
    return null;
  }

  /** The draft was answered: nothing about it is uncertain any more. */
  forget(id: string, revision: number): void {
    this.drafts.delete(draftKey(id, revision));
  }
}

const draftKey = (id: string, revision: number) => `${id}:${revision}`;

// Kept beside the stores they were sent through, so every router on the same stores shares them.
const byStores = new WeakMap<Stores, UncertainSaves>();

export function uncertainSavesOf(stores: Stores): UncertainSaves {
  let saves = byStores.get(stores);
  if (!saves) {
    saves = new UncertainSaves();
    byStores.set(stores, saves);
  }
  return saves;
}
