/** A photo's small preview as a `data:` URL, fetched once per photo for the life of the window. */
import { useEffect, useState } from 'react';
import { invoke } from '../../api';

// Previews never change for a photo id (a photo's pixels are fixed once stored).
const cache = new Map<string, string>();
/** About 10 MB of previews at most; the oldest go first. */
const CACHE_LIMIT = 150;

function remember(id: string, url: string): void {
  cache.set(id, url);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

export type ThumbnailLoad =
  { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

export function useThumbnail(photoId: string): ThumbnailLoad {
  const [load, setLoad] = useState<{ id: string; load: ThumbnailLoad } | null>(null);
  const cached = cache.get(photoId);

  useEffect(() => {
    if (cache.has(photoId)) return;
    let current = true;
    void invoke('photos:thumbnail', { id: photoId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        const url = `data:${result.value.mediaType};base64,${result.value.dataBase64}`;
        remember(photoId, url);
        setLoad({ id: photoId, load: { status: 'ready', url } });
      } else setLoad({ id: photoId, load: { status: 'failed' } });
    });
    return () => {
      current = false;
    };
  }, [photoId]);

  if (cached) return { status: 'ready', url: cached };
  return load && load.id === photoId ? load.load : { status: 'loading' };
}
