/** The current home program in plain words: each exercise, how much and how often. */
import type { Program } from '../../../shared/channels/programs';
import { dosageText, frequencyText } from '../reports';

export function HomeProgram({ program }: { program: Program }) {
  return (
    <>
      <p className="show-lead">{program.title}</p>
      <ol className="show-program">
        {program.items.map((item) => (
          <li key={item.position}>
            <span className="show-program-name">
              {item.exercise?.name ?? 'An exercise no longer in the library'}
            </span>
            <span>
              {dosageText(item.dosage)}. {frequencyText(item.dosage)}.
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
