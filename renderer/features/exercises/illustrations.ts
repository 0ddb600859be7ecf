/// <reference types="vite/client" />
/**
 * The exercise illustrations as URLs the build copies beside the app, so a handout shows them
 * from the app's own origin (the CSP allows no other).
 */
const urls = import.meta.glob<string>('../../assets/exercises/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

export function illustrationUrl(name: string | null): string | null {
  if (name === null) return null;
  return urls[`../../assets/exercises/${name}.svg`] ?? null;
}
