import { useEffect, useRef, type ReactNode } from 'react';

interface AlertBannerProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /**
   * Scrolls the banner into view when it appears: for a save refused after she pressed a button
   * further down a long form, where the banner above the form would otherwise be off screen.
   */
  reveal?: boolean;
}

/** A problem the practitioner should read now, in plain words; announced by screen readers. */
export function AlertBanner({ title, children, actions, reveal = false }: AlertBannerProps) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reveal) banner.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal]);
  return (
    <div className="alert" role="alert" ref={banner}>
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        {children}
      </div>
      {actions && <div className="alert-actions">{actions}</div>}
    </div>
  );
}
