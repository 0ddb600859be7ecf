/**
 * The presenting complaint, kept short: where (on the body chart), how long, what makes it
 * worse, and the client's goal. A new assessment starts with the client's last complaint
 * carried forward, so she only edits what changed. The summary reads the chain toward it.
 */
import { BodyChart } from './BodyChart';
import { Section } from './Section';
import { TextField } from './TextFields';

export function ComplaintSection() {
  return (
    <Section
      id="complaint"
      intro="What the client came with, in a line each. Optional; the summary and the suggestions read the chain from the feet up toward it."
    >
      <BodyChart path={['complaint', 'regions']} figurePrefix="Complaint: " />
      <div className="ae-grid-2">
        <TextField
          path={['complaint', 'duration']}
          label="How long"
          hint="e.g. 2 years, on and off"
        />
        <TextField
          path={['complaint', 'aggravatedBy']}
          label="What makes it worse"
          hint="e.g. sitting over an hour"
        />
        <TextField
          path={['complaint', 'goal']}
          label="The client’s goal"
          hint="In the client’s words, e.g. garden without pain"
        />
      </div>
    </Section>
  );
}
