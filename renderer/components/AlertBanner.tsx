import type { ReactNode } from 'react';

interface AlertBannerProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** A problem the practitioner should read now, in plain words; announced by screen readers. */
export function AlertBanner({ title, children, actions }: AlertBannerProps) {
  return (
    <div className="alert" role="alert">
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        {children}
      </div>
      {actions && <div className="alert-actions">{actions}</div>}
    </div>
  );
}
