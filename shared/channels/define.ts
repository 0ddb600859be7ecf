import { z } from 'zod';

/** Declares a channel; the response type is carried as a phantom so it costs nothing at run time. */
export function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response,
  });
}

/**
 * Declares a channel whose one top-level `field` carries raw bytes (a Uint8Array) instead of base64
 * text, so a large file crosses IPC without growing by a third and being decoded again. The router
 * lets a typed array through at exactly that field of exactly this channel; the schema still checks
 * its size (from `byteLength`, before anything reads the bytes).
 */
export function binaryChannel<Response>() {
  return <Request extends z.ZodType>(request: Request, binary: { field: string }) => ({
    request,
    response: undefined as unknown as Response,
    binary,
  });
}

/** Raw bytes, at most `maxBytes`; the length is read, the bytes are not. */
export const bytesField = (
  messages: { missing: string; empty: string; tooLarge: string },
  maxBytes: number,
) =>
  z
    .instanceof(Uint8Array, { error: messages.missing })
    .refine((bytes) => bytes.byteLength > 0, { error: messages.empty })
    .refine((bytes) => bytes.byteLength <= maxBytes, { error: messages.tooLarge });

export const noArguments = z.strictObject({});

/**
 * The `updatedAt` a form loaded the record at, sent back with its save: a record saved from
 * elsewhere since is not overwritten, and the answer says who and when. Left out, the save is
 * not checked (seeding scripts, and callers that own the record).
 */
export const expectedUpdatedAt = z.string().min(1).max(64).optional();

export const entityId = (what: string) => z.uuid({ error: `That ${what} reference is not valid.` });

/** The practitioner closed the file dialog; nothing was read or written. */
export interface Cancelled {
  cancelled: true;
}
