/** The take-home handout: big type, a picture per exercise, and a week of boxes to tick. */
import type { HandoutData } from '../../shared/channels/reports';
import type { ProgramItem } from '../../shared/channels/programs';
import { clientDisplayName } from '../../shared/domain/clients';
import { illustrationUrl } from './illustrations';
import { Letterhead } from './Letterhead';
import { dosageText, frequencyText, printedOn } from './wording';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function ExerciseCard({ item, number }: { item: ProgramItem; number: number }) {
  const exercise = item.exercise;
  if (!exercise) {
    return (
      <section className="exercise-card">
        <h2>{number}. Exercise no longer in the library: please ask your practitioner for it.</h2>
      </section>
    );
  }
  const picture = illustrationUrl(exercise.illustration);
  return (
    <section className="exercise-card">
      {picture && (
        <img className="exercise-picture" src={picture} alt={`How to do ${exercise.name}`} />
      )}
      <div className="exercise-text">
        <h2>
          {number}. {exercise.name}
        </h2>
        <p className="dosage">
          <strong>{dosageText(item.dosage)}</strong> · {frequencyText(item.dosage)}
        </p>
        <ol className="steps">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="cues">
          <strong>Remember:</strong> {exercise.cues.join(' ')}
        </p>
        {item.notes && <p className="cues">{item.notes}</p>}
        {exercise.cautions && (
          <p className="caution">
            <strong>Stop if:</strong> {exercise.cautions.join(' ')}
          </p>
        )}
      </div>
    </section>
  );
}

function Tracker({ items }: { items: readonly ProgramItem[] }) {
  return (
    <section className="tracker keep-together" aria-labelledby="tracker-title">
      <h2 id="tracker-title">This week: tick each time you do it</h2>
      <p className="tracker-week">Week starting: ____________________</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            {DAYS.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.position}>
              <th scope="row">{item.exercise?.name ?? 'Exercise'}</th>
              {DAYS.map((day) => (
                <td key={day}>
                  <span className="tick-box" aria-hidden="true" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
      {program.notes && <p className="handout-notes">{program.notes}</p>}
      <div className="exercise-list">
        {program.items.map((item, index) => (
          <ExerciseCard key={item.position} item={item} number={index + 1} />
        ))}
      </div>
      <Tracker items={program.items} />
      <p className="small-print">
        Move slowly and within comfort. Mild stretching feelings are fine; sharp or worsening pain
        is not. Stop and contact {settings.practitionerName || 'your practitioner'} if in doubt
        {settings.studioPhone ? ` (${settings.studioPhone})` : ''}.
      </p>
    </article>
  );
}
