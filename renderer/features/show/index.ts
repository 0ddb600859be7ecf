export { ShowClient } from './ShowClient';
export { ShowClientLink } from './ShowClientLink';
