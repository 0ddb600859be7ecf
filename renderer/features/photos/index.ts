export { AssessmentPhotos, type PhotosLock } from './AssessmentPhotos';
export { CompareLink } from './CompareLink';
export { PhotoAnnotator } from './PhotoAnnotator';
export { PhotoComparison } from './PhotoComparison';
export { PhotoOverlay } from './PhotoOverlay';
