/**
 * What the builder says about a program kept on this computer: that the studio server is away and
 * her program will be saved by itself; that a copy opened again was not saved over a program made
 * for the visit meanwhile; and, when a kept copy is refused, a way to drop it.
 */
import { ServerAwayBanner } from '../../components/ServerAwayBanner';
import type { useProgramSave } from './useProgramSave';

type ProgramSaver = ReturnType<typeof useProgramSave>;

/** Above the Save bar, where she pressed Save. */
export function ProgramServerAway({ saver }: { saver: ProgramSaver }) {
  return (
    <ServerAwayBanner away={saver.away} className="form-server-away" reveal>
      Your program is kept on this computer, and Stance saves it by itself as soon as the server
      answers again. You can leave this page: it will be here when you come back.
    </ServerAwayBanner>
  );
}

/** At the top of the builder, read as the page opens. */
export function ReplacedProgramNotice({
  saver,
  onDiscarded,
}: {
  saver: ProgramSaver;
  onDiscarded: () => void;
}) {
  if (!saver.replaced || !saver.kept) return null;
  return (
    <div className="server-away program-kept" role="region" aria-label="Your kept program">
      <p>
        What you see is the program you saved while the studio database could not be reached.
        Meanwhile a program for this visit was saved elsewhere, so yours was not saved over it. Save
        program puts yours in its place; or discard yours to see the saved one.
      </p>
      <DiscardKeptProgram saver={saver} onDiscarded={onDiscarded} />
    </div>
  );
}

export function DiscardKeptProgram({
  saver,
  onDiscarded,
}: {
  saver: ProgramSaver;
  onDiscarded: () => void;
}) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        saver.discardKept();
        onDiscarded();
      }}
    >
      Discard my changes and show the saved program
    </button>
  );
}
