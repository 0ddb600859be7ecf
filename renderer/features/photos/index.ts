export { AssessmentPhotos, type PhotosLock } from './AssessmentPhotos';
export {
  assessmentsWithView,
  comparableViews,
  loadClientPhotos,
  photoOfView,
  type AssessmentWithPhotos,
} from './client-photos';
export { CompareLink } from './CompareLink';
export {
  alignAll,
  alignPhotos,
  describeAlignment,
  type Alignment,
  type GroupAlignment,
} from './comparison-alignment';
export { ComparisonFigure, type ComparedPhoto } from './ComparisonFigure';
export { PhotoAnnotator } from './PhotoAnnotator';
export { detectPose } from './pose/detect-pose';
export { PhotoComparison } from './PhotoComparison';
export { viewLabel } from './photo-files';
export { PhotoOverlay } from './PhotoOverlay';
export {
  useAssessmentPhotos,
  type AssessmentPhotos as AssessmentPhotoList,
} from './useAssessmentPhotos';
export { useCamera, type CameraState } from './useCamera';
