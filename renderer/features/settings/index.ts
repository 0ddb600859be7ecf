export { Settings } from './Settings';
export { StudioLogoField } from './StudioLogoField';
