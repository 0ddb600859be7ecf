import type { EditableSettings, SettingsErrors, TextSettingKey } from './useSettings';
import { Field } from '../../components/Field';
import { SettingsSection } from '../../components/SettingsSection';
import { StudioLogoField } from './StudioLogoField';

interface TextSettingSpec {
  key: TextSettingKey;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete: string;
  placeholder?: string;
  multiline?: boolean;
}

const fields: readonly TextSettingSpec[] = [
  { key: 'studioName', label: 'Studio name', autoComplete: 'organization' },
  { key: 'practitionerName', label: 'Practitioner name', autoComplete: 'name' },
  { key: 'studioAddress', label: 'Address', autoComplete: 'street-address', multiline: true },
  { key: 'studioPhone', label: 'Phone', type: 'tel', autoComplete: 'tel' },
  { key: 'studioEmail', label: 'Email', type: 'email', autoComplete: 'email' },
  {
    key: 'studioWebsite',
    label: 'Website',
    type: 'url',
    autoComplete: 'url',
    placeholder: 'www.example.com',
  },
];

export function settingFieldId(key: TextSettingKey): string {
  return `setting-${key}`;
}

interface StudioDetailsSectionProps {
  values: EditableSettings;
  errors: SettingsErrors;
  onChange: (key: TextSettingKey, value: string) => void;
  onBlur: () => void;
}

/** The studio's own details, printed at the top of reports and handouts. */
export function StudioDetailsSection({
  values,
  errors,
  onChange,
  onBlur,
}: StudioDetailsSectionProps) {
  return (
    <SettingsSection
      id="studio-details"
      title="Studio details"
      description="Printed at the top of client reports and exercise handouts."
    >
      <div className="form-grid">
        {fields.map((spec) => (
          <Field
            key={spec.key}
            id={settingFieldId(spec.key)}
            label={spec.label}
            error={errors[spec.key]}
            className={spec.multiline ? 'field-wide' : undefined}
          >
            {(control) =>
              spec.multiline ? (
                <textarea
                  {...control}
                  className="input textarea textarea-short"
                  rows={3}
                  autoComplete={spec.autoComplete}
                  value={values[spec.key]}
                  onChange={(event) => onChange(spec.key, event.target.value)}
                  onBlur={onBlur}
                />
              ) : (
                <input
                  {...control}
                  className="input"
                  type={spec.type ?? 'text'}
                  autoComplete={spec.autoComplete}
                  placeholder={spec.placeholder}
                  spellCheck={false}
                  value={values[spec.key]}
                  onChange={(event) => onChange(spec.key, event.target.value)}
                  onBlur={onBlur}
                />
              )
            }
          </Field>
        ))}
        <StudioLogoField />
      </div>
    </SettingsSection>
  );
}
