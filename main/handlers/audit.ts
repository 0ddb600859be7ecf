import type { auditChannels } from '../../shared/channels/audit';
import { readStudioAuditTrail } from '../services/audit';
import type { HandlerContext, HandlerGroup } from './types';

export function auditHandlers({
  data,
  host,
}: HandlerContext): HandlerGroup<keyof typeof auditChannels> {
  return {
    'audit:trail': (request) => readStudioAuditTrail(data.paths.dataDir, host, request),
  };
}
