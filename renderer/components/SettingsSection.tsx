import type { ReactNode } from 'react';

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One card of the Settings page, named by its heading for screen readers' landmarks list. */
export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  const titleId = `${id}-title`;
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <header className="settings-section-header">
        <h2 className="settings-section-title" id={titleId}>
          {title}
        </h2>
        {description && <p className="settings-section-text">{description}</p>}
      </header>
      {children}
    </section>
  );
}
