import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
  /** Moves focus to the heading on arrival, for pages without a natural first field. */
  focusOnArrival?: boolean;
}

export function PageHeader({ title, subtitle, actions, before, focusOnArrival }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnArrival) heading.current?.focus();
  }, [focusOnArrival]);
  // The window title names the page too: it is what the taskbar and screen readers show first.
  useEffect(() => {
    document.title = `${title} – Stance`;
  }, [title]);

  return (
    <header className="page-header">
      {before}
      <div className="page-header-row">
        <div className="page-header-text">
          {/* Two lines at most; a longer title (an 82-letter surname) ends in "…", whole on hover. */}
          <h1 className="page-title" ref={heading} tabIndex={-1} title={title}>
            {title}
          </h1>
          {subtitle && <p className="page-subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  );
}
