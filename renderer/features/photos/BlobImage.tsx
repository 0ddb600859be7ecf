/**
 * A picture from bytes still in memory (a picked file, a camera shot). The object URL is made and
 * released by the effect that uses it, so it never outlives the picture, even when React runs
 * effects twice.
 */
import { useEffect, useRef, useState } from 'react';

interface BlobImageProps {
  blob: Blob;
  alt: string;
  className?: string;
}

export function BlobImage({ blob, alt, className }: BlobImageProps) {
  const image = useRef<HTMLImageElement>(null);
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    const element = image.current;
    if (!element) return;
    const url = URL.createObjectURL(blob);
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  // A file the browser cannot show (HEIC, or not a picture at all) leaves a blank, not a broken icon.
  return (
    <img
      ref={image}
      alt={alt}
      className={className}
      hidden={broken}
      onError={() => setBroken(true)}
    />
  );
}
