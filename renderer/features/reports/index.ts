export { PrintApp, isPrintRoute } from './PrintApp';
export { HandoutPreview, ReportPreview } from './ReportPreview';
export { dosageText, frequencyText } from './wording';
