import { useState } from 'react';
import { photoUrl } from '../../../shared/domain/photos';
import { invoke } from '../../api';
import { ImageFileControls } from '../../components/ImageFileControls';
import { useLoad } from '../../hooks/useLoad';

/**
 * The studio logo printed at the top of reports and handouts. Saved the moment it is chosen or
 * removed, like the other studio details.
 */
export function StudioLogoField() {
  const { load } = useLoad('settings', () => invoke('settings:get', {}));
  // A logo chosen or removed here shows at once; undefined means "as loaded".
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  if (load.status === 'loading') return null;
  const hash = chosen !== undefined ? chosen : load.status === 'ready' ? load.value.logo : null;

  return (
    <div className="studio-logo field-wide" role="group" aria-labelledby="studio-logo-label">
      <span className="field-label" id="studio-logo-label">
        Logo
      </span>
      <div className="studio-logo-body">
        <div className="studio-logo-preview">
          {hash ? (
            <img src={photoUrl(hash)} alt="Your studio logo" />
          ) : (
            <span className="studio-logo-empty">No logo</span>
          )}
        </div>
        <ImageFileControls
          hasImage={hash !== null}
          testId="studio-logo-input"
          labels={{
            add: 'Choose logo…',
            replace: 'Replace logo…',
            remove: 'Remove logo',
            hint: 'A PNG, JPEG or iPhone (HEIC) image. It is printed at the top left of reports and handouts, about 3 cm wide.',
          }}
          onFile={async ({ name, dataBase64 }) => {
            const result = await invoke('settings:setLogo', { fileName: name, dataBase64 });
            if (!result.ok) return result.error.message;
            setChosen(result.value.logo);
            return null;
          }}
          onRemove={async () => {
            const result = await invoke('settings:update', { logo: null });
            if (!result.ok) return result.error.message;
            setChosen(null);
            return null;
          }}
        />
      </div>
    </div>
  );
}
