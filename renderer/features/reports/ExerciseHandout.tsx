/**
 * The take-home handout: big type, a picture per exercise, and a week of boxes to tick under
 * each picture. Cards are compact (picture beside the text) so six fit on two sheets.
 */
import type { HandoutData } from '../../../shared/channels/reports';
import type { ProgramItem } from '../../../shared/channels/programs';
import { clientDisplayName } from '../../../shared/domain/clients';
import { photoUrl } from '../../../shared/domain/photos';
import { illustrationUrl } from '../exercises';
import { Letterhead } from './Letterhead';
import { ReportReferral } from './ReportReferral';
import { dosageText, frequencyText, printedOn } from './wording';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** The week's tracker for one exercise: a box per day, sitting under its picture. */
function TickRow() {
  return (
    <div className="tick-row" role="group" aria-label="A box to tick for each day of the week">
      {DAYS.map((day) => (
        <span key={day} className="tick-day">
          <span className="tick-day-name">{day}</span>
          <span className="tick-box" aria-hidden="true" />
        </span>
      ))}
    </div>
  );
}

function ExerciseCard({ item, number }: { item: ProgramItem; number: number }) {
  const exercise = item.exercise;
  if (!exercise) {
    return (
      <section className="exercise-card">
        <div className="exercise-side">
          <TickRow />
        </div>
        <div className="exercise-text">
          <h2>{number}. Exercise no longer in the library</h2>
          <p>Please ask your practitioner for the instructions for this one.</p>
        </div>
      </section>
    );
  }
  // The practitioner's own photo, when she added one, shows in place of the line drawing.
  const picture = exercise.photoHash
    ? photoUrl(exercise.photoHash)
    : illustrationUrl(exercise.illustration);
  return (
    <section className="exercise-card">
      <div className="exercise-side">
        {picture && (
          <img
            className={exercise.photoHash ? 'exercise-picture exercise-photo' : 'exercise-picture'}
            src={picture}
            alt={`How to do ${exercise.name}`}
          />
        )}
        <TickRow />
      </div>
      <div className="exercise-text">
        <h2>
          {number}. {exercise.name}
        </h2>
        <p className="dosage">
          <strong>{dosageText(item.dosage)}</strong>
          <span className="dosage-often">{frequencyText(item.dosage)}</span>
        </p>
        <ol className="steps">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="cues">
          <strong>Remember:</strong> {exercise.cues.join(' ')}
        </p>
        {item.notes && (
          <p className="cues">
            <strong>Note:</strong> {item.notes}
          </p>
        )}
        {exercise.cautions && (
          <p className="caution">
            <strong>Take care:</strong> {exercise.cautions.join(' ')}
          </p>
        )}
      </div>
    </section>
  );
}

export function ExerciseHandout({ handout }: { handout: HandoutData }) {
  const { client, settings, program } = handout;
  return (
    <article className={`print-doc handout paper-${settings.paperSize.toLowerCase()}`}>
      <Letterhead settings={settings} title={program.title} />
      <p className="handout-for">
        For <strong>{clientDisplayName(client)}</strong> · {printedOn()}
      </p>
      <ReportReferral tier={handout.referral} />
      {program.notes && <p className="handout-notes">{program.notes}</p>}
      <p className="handout-how">
        <strong>Each day you do an exercise, tick its box for that day.</strong>
      </p>
      <div className="exercise-list">
        {program.items.map((item, index) => (
          <ExerciseCard key={item.position} item={item} number={index + 1} />
        ))}
      </div>
      <p className="handout-care">
        Move slowly and within comfort: a mild stretch is fine, sharp or growing pain is not. If in
        doubt, stop and call {settings.practitionerName || 'your practitioner'}
        {settings.studioPhone ? ` on ${settings.studioPhone}` : ''}.
      </p>
    </article>
  );
}
