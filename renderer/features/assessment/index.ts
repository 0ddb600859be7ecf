export { AssessmentEditor } from './AssessmentEditor';
