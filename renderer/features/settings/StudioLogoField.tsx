import { useEffect, useState } from 'react';
import { photoUrl } from '../../../shared/domain/photos';
import { invoke } from '../../api';
import { ImageFileControls } from '../../components/ImageFileControls';

type LogoState = { status: 'loading' } | { status: 'ready'; hash: string | null };

/**
 * The studio logo printed at the top of reports and handouts. Saved the moment it is chosen or
 * removed, like the other studio details.
 */
export function StudioLogoField() {
  const [logo, setLogo] = useState<LogoState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void invoke('settings:get', {}).then((result) => {
      if (current) setLogo({ status: 'ready', hash: result.ok ? result.value.logo : null });
    });
    return () => {
      current = false;
    };
  }, []);
  if (logo.status === 'loading') return null;

  return (
    <div className="studio-logo field-wide" role="group" aria-labelledby="studio-logo-label">
      <span className="field-label" id="studio-logo-label">
        Logo
      </span>
      <div className="studio-logo-body">
        <div className="studio-logo-preview">
          {logo.hash ? (
            <img src={photoUrl(logo.hash)} alt="Your studio logo" />
          ) : (
            <span className="studio-logo-empty">No logo</span>
          )}
        </div>
        <ImageFileControls
          hasImage={logo.hash !== null}
          testId="studio-logo-input"
          labels={{
            add: 'Choose logo…',
            replace: 'Replace logo…',
            remove: 'Remove logo',
            hint: 'A PNG or JPEG. It is printed at the top left of reports and handouts, about 3 cm wide.',
          }}
          onFile={async ({ name, dataBase64 }) => {
            const result = await invoke('settings:setLogo', { fileName: name, dataBase64 });
            if (!result.ok) return result.error.message;
            setLogo({ status: 'ready', hash: result.value.logo });
            return null;
          }}
          onRemove={async () => {
            const result = await invoke('settings:update', { logo: null });
            if (!result.ok) return result.error.message;
            setLogo({ status: 'ready', hash: null });
            return null;
          }}
        />
      </div>
    </div>
  );
}
