/**
 * Which two visits and which view the presentation shows. Pure: the page keeps what she picked,
 * this turns it into the visits to show, falling back to the first and the latest.
 */
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import { photoOfView, type AssessmentWithPhotos } from '../photos';

export interface VisitChoice {
  readonly view: PhotoView | null;
  /** null: the default (the first, or the latest, of the candidates). */
  readonly earlierId: string | null;
  readonly laterId: string | null;
}

export interface ChosenPair {
  readonly view: PhotoView | null;
  /** The visits she can pick from, oldest first: those with a photo of the view, or all. */
  readonly candidates: readonly AssessmentWithPhotos[];
  readonly earlier: AssessmentWithPhotos;
  readonly later: AssessmentWithPhotos;
}

/** Views photographed at any visit, in the usual order; the ones at two or more visits first. */
export function shownViews(entries: readonly AssessmentWithPhotos[]): PhotoView[] {
  const count = (view: PhotoView) =>
    entries.filter((entry) => photoOfView(entry, view) !== null).length;
  const taken = photoViews.map((view) => view.id).filter((view) => count(view) > 0);
  return [...taken.filter((view) => count(view) >= 2), ...taken.filter((view) => count(view) < 2)];
}

export function candidatesFor(
  entries: readonly AssessmentWithPhotos[],
  view: PhotoView | null,
): AssessmentWithPhotos[] {
  if (view === null) return [...entries];
  return entries.filter((entry) => photoOfView(entry, view) !== null);
}

/** The pair to show, or null for a client with no visits. */
export function resolvePair(
  entries: readonly AssessmentWithPhotos[],
  choice: VisitChoice,
): ChosenPair | null {
  const views = shownViews(entries);
  const view =
    choice.view !== null && views.includes(choice.view) ? choice.view : (views[0] ?? null);
  const candidates = candidatesFor(entries, view);
  const first = candidates[0];
  const last = candidates.at(-1);
  if (!first || !last) return null;
  const find = (id: string | null) =>
    candidates.find((entry) => entry.assessment.assessmentId === id);
  return {
    view,
    candidates,
    earlier: find(choice.earlierId) ?? first,
    later: find(choice.laterId) ?? last,
  };
}
