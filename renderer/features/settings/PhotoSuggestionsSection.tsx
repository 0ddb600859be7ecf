import { SettingsSection } from '../../components/SettingsSection';

interface PhotoSuggestionsSectionProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** Whether importing a photo also asks the pose model for its points. */
export function PhotoSuggestionsSection({ on, onChange }: PhotoSuggestionsSectionProps) {
  return (
    <SettingsSection
      id="photo-suggestions"
      title="Suggested points"
      description="A pose model on this computer can suggest the landmarks it finds in a photo. The photo is not sent anywhere, and suggestions count only once you accept or move them."
    >
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} />
        <span className="choice-text">
          <span className="choice-label">
            Suggest points automatically when a photo is imported
          </span>
          <span className="choice-detail">Otherwise use “Suggest points” beside the photo.</span>
        </span>
      </label>
    </SettingsSection>
  );
}
