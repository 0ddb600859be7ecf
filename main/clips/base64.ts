/**
 * The bytes of a clip's base64, or null when any character was not base64: Node skips such
 * characters, so the decoded length then falls short of what the text's length promises.
 */
export function decodeClipBase64(text: string): Buffer | null {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = Buffer.from(text, 'base64');
  return bytes.byteLength === (text.length / 4) * 3 - padding ? bytes : null;
}
