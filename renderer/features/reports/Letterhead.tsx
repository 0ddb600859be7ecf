import { photoUrl } from '../../../shared/domain/photos';
import type { Settings } from '../../../shared/domain/settings';

/**
 * The studio's logo, name and contact details, as at the top of its own letters. Only what she
 * entered is printed: with no studio details, the page starts with the document's title alone
 * (never a made-up name). The logo is decoration beside the studio's name, so it has no alt text.
 */
export function Letterhead({ settings, title }: { settings: Settings; title: string }) {
  const contact = [settings.studioPhone, settings.studioEmail, settings.studioWebsite].filter(
    (part) => part !== '',
  );
  const address = settings.studioAddress.split('\n').filter((line) => line.trim() !== '');
  const identity =
    settings.logo !== null || settings.studioName !== '' || settings.practitionerName !== '';
  const details = address.length > 0 || contact.length > 0;
  return (
    <header className={identity || details ? 'letterhead' : 'letterhead letterhead-title-only'}>
      {identity && (
        <div className="studio-identity">
          {settings.logo && (
            <img className="studio-logo-print" src={photoUrl(settings.logo)} alt="" />
          )}
          <div>
            {settings.studioName && <p className="studio-name">{settings.studioName}</p>}
            {settings.practitionerName && (
              <p className="studio-line">{settings.practitionerName}</p>
            )}
          </div>
        </div>
      )}
      {details && (
        <div className="studio-contact">
          {address.map((line) => (
            <p key={line} className="studio-line">
              {line}
            </p>
          ))}
          {contact.length > 0 && <p className="studio-line">{contact.join(' · ')}</p>}
        </div>
      )}
      <h1 className="document-title">{title}</h1>
    </header>
  );
}
