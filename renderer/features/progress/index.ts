export { ClientProgress } from './ClientProgress';
export { ProgressCharts } from './ProgressCharts';
