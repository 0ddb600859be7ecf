import { SettingsSection } from '../../components/SettingsSection';

/** Where the data lives, so she can find it, back it up by hand, or move it. */
export function DataFolderSection({ dataDir }: { dataDir: string }) {
  return (
    <SettingsSection
      id="data-folder"
      title="Data folder"
      description="Your clients, photos and backups are all kept in this folder:"
    >
      <p className="path-box">
        <code>{dataDir}</code>
      </p>
      <p className="settings-note">
        To move your data to another computer, close Stance on both, then copy this whole folder to
        the same place on the other one. A copy made while Stance is open may be incomplete. To keep
        the data somewhere else, as a portable install on a USB drive does, start Stance with the{' '}
        <code>STANCE_DATA_DIR</code> environment variable set to that folder.
      </p>
    </SettingsSection>
  );
}
