/** Who is standing there, when, and the story of the pain in her own notes. */
import { clientDisplayName, type Client } from '../../../shared/domain/clients';
import { DateField } from '../../components/DateField';
import { formatCalendarDate } from '../../lib/format';
import { useDocValue, useForm, useIssue } from './form-context';
import { Section } from './Section';
import { TextField } from './TextFields';

export function ClientHistorySection({ client }: { client: Client }) {
  const { ageYears, previous } = useForm();
  return (
    <Section id="client">
      <dl className="ae-facts">
        <div>
          <dt>Client</dt>
          <dd>{clientDisplayName(client)}</dd>
        </div>
        <div>
          <dt>Age on the day</dt>
          <dd>
            {ageYears !== null ? (
              `${ageYears} years`
            ) : client.dateOfBirth ? (
              // Recorded, but the assessment date is not a day yet: say what is missing.
              <span className="muted">Once the assessment date is entered</span>
            ) : (
              <span className="muted">Date of birth not recorded</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Previous assessment</dt>
          <dd>
            {previous ? (
              formatCalendarDate(previous.assessedOn)
            ) : (
              // Drafts are never compared with: their numbers may be half typed.
              <span className="muted">None finalized yet</span>
            )}
          </dd>
        </div>
      </dl>
      <AssessmentDate />
      <div className="ae-grid-2">
        <TextField path={['pain', 'onset']} label="Onset" hint="How and when it started." />
        <TextField
          path={['pain', 'duration']}
          label="Duration"
          hint="How long it has been going on."
        />
        <TextField path={['pain', 'aggravatingFactors']} label="What makes it worse" multiline />
        <TextField path={['pain', 'easingFactors']} label="What eases it" multiline />
      </div>
    </Section>
  );
}

function AssessmentDate() {
  const { store } = useForm();
  const assessedOn = useDocValue((doc) => doc.assessedOn);
  const issue = useIssue('assessedOn');
  return (
    <DateField
      id="ae-assessed-on"
      label="Assessment date"
      className="ae-date"
      value={assessedOn}
      error={issue}
      min="1900-01-01"
      onChange={(value) => store.setAssessedOn(value)}
    />
  );
}
