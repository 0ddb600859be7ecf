export { ProgramBuilder } from './ProgramBuilder';
