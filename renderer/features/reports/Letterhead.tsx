import { photoUrl } from '../../../shared/domain/photos';
import type { Settings } from '../../../shared/domain/settings';

/**
 * The studio's logo, name and contact details, as at the top of its own letters. The logo is
 * decoration beside the studio's name, so it has no alt text of its own.
 */
export function Letterhead({ settings, title }: { settings: Settings; title: string }) {
  const contact = [settings.studioPhone, settings.studioEmail, settings.studioWebsite].filter(
    (part) => part !== '',
  );
  return (
    <header className="letterhead">
      <div className="studio-identity">
        {settings.logo && (
          <img className="studio-logo-print" src={photoUrl(settings.logo)} alt="" />
        )}
        <div>
          <p className="studio-name">{settings.studioName || 'Posture and movement studio'}</p>
          {settings.practitionerName && <p className="studio-line">{settings.practitionerName}</p>}
        </div>
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
