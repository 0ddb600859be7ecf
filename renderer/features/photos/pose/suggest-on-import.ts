/**
 * With "Suggest points automatically when a photo is imported" on, a new photo gets the model's
 * points straight away: provisional and unconfirmed, exactly as if she had pressed "Suggest
 * points", so nothing counts until she accepts or moves them.
 */
import type { PhotoInfo } from '../../../../shared/channels/photos';
import { withSuggestions } from '../../../../shared/domain/landmark-provenance';
import { POSE_MODEL } from '../../../../shared/domain/pose/model';
import { suggestLandmarks } from '../../../../shared/domain/pose/suggest';
import { invoke } from '../../../api';
import { detectPhoto } from './detect-pose';

/** The photo with suggested points saved, or as it was when the setting is off or nothing came. */
export async function withPointsSuggestedOnImport(photo: PhotoInfo): Promise<PhotoInfo> {
  const settings = await invoke('settings:get', {});
  if (!settings.ok || !settings.value.suggestPointsOnImport) return photo;
  try {
    const suggestions = suggestLandmarks(photo.view, await detectPhoto(photo));
    if (Object.keys(suggestions.points).length === 0) return photo;
    const landmarks = withSuggestions(photo.landmarks, suggestions.points, {
      model: POSE_MODEL.id,
      modelVersion: POSE_MODEL.version,
    });
    const saved = await invoke('photos:saveLandmarks', { id: photo.id, landmarks });
    return saved.ok ? saved.value : photo;
  } catch {
    // A courtesy on import: the photo is in, and "Suggest points" beside it can try again.
    return photo;
  }
}
