/**
 * The checkpoint values the assessment's photos give, for the fields that show them. Photos change
 * rarely (a landmark saved, a photo added), so one context for the whole form is enough.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { CheckpointFinding } from '../../../shared/domain/clinical';
import type {
  FootSide,
  MeasurablePhoto,
  MeasuredFromPhoto,
  PhotoValue,
} from '../../../shared/domain/photo-checkpoint-values';
import type { PhotoView } from '../../../shared/domain/photo-views';

export interface PhotoValues {
  readonly assessmentId: string;
  readonly photos: readonly MeasurablePhoto[];
  readonly values: ReadonlyMap<CheckpointFinding['checkpointId'], PhotoValue>;
  readonly heels: ReadonlyMap<FootSide, MeasuredFromPhoto>;
}

const PhotoValuesContext = createContext<PhotoValues | null>(null);

export function PhotoValuesProvider({
  value,
  children,
}: {
  value: PhotoValues;
  children: ReactNode;
}) {
  return <PhotoValuesContext value={value}>{children}</PhotoValuesContext>;
}

/** The photo's value for a checkpoint, if a photo measures it; none outside a form with photos. */
export function usePhotoValue(checkpointId: string): PhotoValue | undefined {
  const context = useContext(PhotoValuesContext);
  return context?.values.get(checkpointId as CheckpointFinding['checkpointId']);
}

const noPhotos: readonly MeasurablePhoto[] = [];

/** The heels photo's resting heel angle for one foot, if it is measured. */
export function useHeelPhotoValue(side: FootSide): MeasuredFromPhoto | undefined {
  return useContext(PhotoValuesContext)?.heels.get(side);
}

/** The photos of the revision on screen, for what is worked out from the whole document. */
export function usePhotos(): readonly MeasurablePhoto[] {
  return useContext(PhotoValuesContext)?.photos ?? noPhotos;
}

/** Where the annotator shows this photo. */
export function usePhotoHref(photo: MeasuredFromPhoto | undefined | null): string | null {
  const context = useContext(PhotoValuesContext);
  return photo && context ? `/assessments/${context.assessmentId}/photos/${photo.photoId}` : null;
}

const photoNames: Record<PhotoView, string> = {
  anterior: 'front photo',
  posterior: 'back photo',
  'left-lateral': 'left side photo',
  'right-lateral': 'right side photo',
  'feet-above': 'feet photo',
  'feet-behind': 'heels photo',
};

/** "front photo", as it reads after "from the". */
export const photoName = (view: PhotoView): string => photoNames[view];
