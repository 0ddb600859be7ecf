/**
 * Keeps the photos she is likely to move to next decoded and ready, so choosing another visit
 * shows the new pair at once. Loads one at a time, nearest first (two cores are shared with
 * everything else), and holds on to the nearest few only: a decoded 1600 px photo is ~8 MB.
 */
import { useEffect, useRef } from 'react';

const HELD = 6;

export function useWarmPhotos(urlsNearestFirst: readonly string[]): void {
  const held = useRef(new Map<string, HTMLImageElement>());
  const key = urlsNearestFirst.join('\n');
  useEffect(() => {
    let current = true;
    const urls = key === '' ? [] : key.split('\n');
    const keep = new Set(urls.slice(0, HELD));
    for (const url of held.current.keys()) if (!keep.has(url)) held.current.delete(url);
    void (async () => {
      for (const url of urls) {
        if (!current) return;
        if (held.current.has(url)) continue;
        const image = new Image();
        image.src = url;
        // A photo that fails to load here shows its own problem when it is shown; nothing to do.
        await image.decode().catch(() => undefined);
        if (current && keep.has(url)) held.current.set(url, image);
      }
    })();
    return () => {
      current = false;
    };
  }, [key]);
}
