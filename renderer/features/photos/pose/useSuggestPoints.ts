/**
 * Asks the pose model for this photo's landmarks. The photo is read from the app's own origin and
 * goes to the worker on this computer; nothing leaves the machine.
 */
import { useCallback, useState } from 'react';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import { photoUrl } from '../../../../shared/domain/photos';
import { suggestLandmarks, type Suggestions } from '../../../../shared/domain/pose/suggest';
import { detectPose } from './detect-pose';

export type SuggestState =
  | { kind: 'idle' }
  | { kind: 'finding' }
  | { kind: 'found'; suggestions: Suggestions }
  | { kind: 'failed'; message: string };

export function useSuggestPoints(photo: PhotoInfo, onFound: (suggestions: Suggestions) => void) {
  const [state, setState] = useState<SuggestState>({ kind: 'idle' });
  const run = useCallback(async () => {
    setState({ kind: 'finding' });
    try {
      // The screen copy (1600 px) holds all the model can use, and decodes several times faster
      // than a 12-megapixel original; points still come back in the original's pixels.
      const response = await fetch(photoUrl(photo.hash, 'screen'));
      if (!response.ok) throw new Error('The photo could not be read.');
      const { detection } = await detectPose(await response.blob(), photo);
      const suggestions = suggestLandmarks(photo.view, detection);
      setState({ kind: 'found', suggestions });
      onFound(suggestions);
    } catch (error) {
      setState({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The pose model could not run.',
      });
    }
  }, [photo, onFound]);
  return { state, run };
}
