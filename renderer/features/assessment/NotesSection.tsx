import { Section } from './Section';
import { TextField } from './TextFields';

export function NotesSection() {
  return (
    <Section id="notes">
      <TextField
        path={['notes']}
        label="Assessment notes"
        hint="Anything else seen or said today. These notes are kept with this assessment."
        multiline
        rows={7}
      />
    </Section>
  );
}
