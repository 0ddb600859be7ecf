export { MovementClips } from './MovementClips';
