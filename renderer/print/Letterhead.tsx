import type { Settings } from '../../shared/domain/settings';

/** The studio's name and contact details, as at the top of its own letters. */
export function Letterhead({ settings, title }: { settings: Settings; title: string }) {
  const contact = [settings.studioPhone, settings.studioEmail, settings.studioWebsite].filter(
    (part) => part !== '',
  );
  return (
    <header className="letterhead">
      <div>
        <p className="studio-name">{settings.studioName || 'Posture and movement studio'}</p>
        {settings.practitionerName && <p className="studio-line">{settings.practitionerName}</p>}
      </div>
      <div className="studio-contact">
        {settings.studioAddress
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => (
            <p key={line} className="studio-line">
              {line}
            </p>
          ))}
        {contact.length > 0 && <p className="studio-line">{contact.join(' · ')}</p>}
      </div>
      <h1 className="document-title">{title}</h1>
    </header>
  );
}
