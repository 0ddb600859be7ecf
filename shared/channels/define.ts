import { z } from 'zod';

/** Declares a channel; the response type is carried as a phantom so it costs nothing at run time. */
export function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response,
  });
}

export const noArguments = z.strictObject({});

export const entityId = (what: string) => z.uuid({ error: `That ${what} reference is not valid.` });

/** The practitioner closed the file dialog; nothing was read or written. */
export interface Cancelled {
  cancelled: true;
}
