/**
 * Asks the pose model for this photo's landmarks, and with the same detection checks how the
 * photo was taken: against the capture rules, and against the same view's photo from the
 * client's previous visit (detected again here, so like is compared with like). The photos are
 * read from the app's own origin and go to the worker on this computer; nothing leaves the
 * machine.
 */
import { useCallback, useState } from 'react';
import type { Assessment } from '../../../../shared/channels/assessments';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import { captureNotes, type CaptureNote } from '../../../../shared/domain/pose/capture-check';
import { framingOf, type Framing } from '../../../../shared/domain/pose/framing';
import { framingChanges, type FramingChange } from '../../../../shared/domain/pose/framing-change';
import { suggestLandmarks, type Suggestions } from '../../../../shared/domain/pose/suggest';
import { formatCalendarDate } from '../../../lib/format';
import { detectPhoto } from './detect-pose';
import { earlierPhotoOfView } from './earlier-photo';

export type SuggestState =
  | { kind: 'idle' }
  | { kind: 'finding' }
  | {
      kind: 'found';
      suggestions: Suggestions;
      capture: readonly CaptureNote[];
      changes: readonly FramingChange[];
    }
  | { kind: 'failed'; message: string };

async function framingOfPhoto(photo: PhotoInfo): Promise<Framing | null> {
  const detection = await detectPhoto(photo);
  return framingOf(photo.view, detection, suggestLandmarks(photo.view, detection).personFound);
}

/** How this photo's framing differs from the last visit's; none when that cannot be told. */
async function changesSinceLastVisit(
  photo: PhotoInfo,
  assessment: Assessment,
  framing: Framing | null,
): Promise<FramingChange[]> {
  if (!framing) return [];
  try {
    const earlier = await earlierPhotoOfView(assessment, photo.view);
    const before = earlier && (await framingOfPhoto(earlier.photo));
    if (!earlier || !before) return [];
    return framingChanges(
      before,
      framing,
      `the photo from ${formatCalendarDate(earlier.assessedOn)}`,
    );
  } catch {
    // The comparison is a courtesy: without it the suggestions still stand.
    return [];
  }
}

export function useSuggestPoints(
  photo: PhotoInfo,
  assessment: Assessment,
  onFound: (suggestions: Suggestions) => void,
) {
  const [state, setState] = useState<SuggestState>({ kind: 'idle' });
  const run = useCallback(async () => {
    setState({ kind: 'finding' });
    try {
      const detection = await detectPhoto(photo);
      const suggestions = suggestLandmarks(photo.view, detection);
      const framing = framingOf(photo.view, detection, suggestions.personFound);
      const capture = captureNotes(framing);
      setState({ kind: 'found', suggestions, capture, changes: [] });
      onFound(suggestions);
      const changes = await changesSinceLastVisit(photo, assessment, framing);
      if (changes.length > 0) setState({ kind: 'found', suggestions, capture, changes });
    } catch (error) {
      setState({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The pose model could not run.',
      });
    }
  }, [photo, assessment, onFound]);
  return { state, run };
}
