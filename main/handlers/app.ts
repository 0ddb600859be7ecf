import type { appChannels, AppStatus } from '../../shared/channels/app';
import type { HandlerGroup } from './types';

export function appHandlers(status: () => AppStatus): HandlerGroup<keyof typeof appChannels> {
  return { 'app:status': () => status() };
}
