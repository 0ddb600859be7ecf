export { AssessmentPhotos, type PhotosLock } from './AssessmentPhotos';
export { CompareLink } from './CompareLink';
export { PhotoAnnotator } from './PhotoAnnotator';
export { PhotoComparison } from './PhotoComparison';
export { PhotoOverlay } from './PhotoOverlay';
export {
  useAssessmentPhotos,
  type AssessmentPhotos as AssessmentPhotoList,
} from './useAssessmentPhotos';
export { useCamera, type CameraState } from './useCamera';
