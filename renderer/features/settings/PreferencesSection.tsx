import type { PaperSize, UnitSystem } from '../../../shared/domain/settings';
import type { EditableSettings } from './useSettings';
import { SettingsSection } from '../../components/SettingsSection';
import { RadioGroup, type Choice } from './RadioGroup';

const unitChoices: readonly Choice<UnitSystem>[] = [
  { value: 'metric', label: 'Metric', detail: 'Centimetres and kilograms' },
  { value: 'imperial', label: 'Imperial', detail: 'Inches and pounds' },
];

const paperChoices: readonly Choice<PaperSize>[] = [
  { value: 'A4', label: 'A4', detail: '210 × 297 mm' },
  { value: 'Letter', label: 'Letter', detail: '8.5 × 11 inches' },
];

interface PreferencesSectionProps {
  values: EditableSettings;
  onUnits: (units: UnitSystem) => void;
  onPaperSize: (paperSize: PaperSize) => void;
}

export function PreferencesSection({ values, onUnits, onPaperSize }: PreferencesSectionProps) {
  return (
    <SettingsSection
      id="preferences"
      title="Units and paper"
      description="How measurements are shown, and the paper that reports and handouts are laid out for."
    >
      <div className="choice-groups">
        <RadioGroup
          name="units"
          legend="Measurements"
          choices={unitChoices}
          value={values.units}
          onChange={onUnits}
        />
        <RadioGroup
          name="paperSize"
          legend="Paper size for printing"
          choices={paperChoices}
          value={values.paperSize}
          onChange={onPaperSize}
        />
      </div>
    </SettingsSection>
  );
}
