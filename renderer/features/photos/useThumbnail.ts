/** A photo's small preview as a `data:` URL, fetched once per photo for the life of the window. */
import { invoke } from '../../api';
import { useAnswer } from '../../hooks/useLoad';

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

async function fetchThumbnail(photoId: string): Promise<ThumbnailLoad> {
  const result = await invoke('photos:thumbnail', { id: photoId });
  if (!result.ok) return { status: 'failed' };
  const url = `data:${result.value.mediaType};base64,${result.value.dataBase64}`;
  remember(photoId, url);
  return { status: 'ready', url };
}

export function useThumbnail(photoId: string): ThumbnailLoad {
  const cached = cache.get(photoId);
  const { answer } = useAnswer(photoId, () =>
    cached
      ? Promise.resolve<ThumbnailLoad>({ status: 'ready', url: cached })
      : fetchThumbnail(photoId),
  );
  if (cached) return { status: 'ready', url: cached };
  return answer ?? { status: 'loading' };
}
