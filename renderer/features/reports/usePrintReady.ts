import { useEffect } from 'react';

/**
 * Tells whoever prints the page (main's hidden window, a test) that it is complete: data shown,
 * fonts loaded and every picture decoded. Uses promises only, never animation frames, which a
 * hidden window throttles.
 */
export function usePrintReady(state: 'loading' | 'ready' | 'failed'): void {
  useEffect(() => {
    const root = document.documentElement;
    if (state === 'loading') {
      delete root.dataset.printReady;
      return;
    }
    if (state === 'failed') {
      root.dataset.printReady = 'failed';
      return;
    }
    let current = true;
    void settle().then((outcome) => {
      if (current) root.dataset.printReady = outcome;
    });
    return () => {
      current = false;
    };
  }, [state]);
}

async function settle(): Promise<'true' | 'failed'> {
  try {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode()));
    return 'true';
  } catch {
    // A picture that will not decode would print as a gap; better to say so than print it.
    return 'failed';
  }
}
