/**
 * What the builder says about a program kept on this computer: that the studio server is away and
 * her program will be saved by itself; or, once a copy cannot simply be saved (a program for this
 * visit was saved elsewhere meanwhile), that hers is the one on screen, with a way to drop it.
 */
import { ServerAwayBanner } from '../../components/ServerAwayBanner';
import type { useProgramSave } from './useProgramSave';

interface ProgramKeptNoticesProps {
  saver: ReturnType<typeof useProgramSave>;
  /** Her kept copy was thrown away: the saved program is to be shown instead. */
  onDiscarded: () => void;
}

export function ProgramKeptNotices({ saver, onDiscarded }: ProgramKeptNoticesProps) {
  const stuck = saver.kept && !saver.away && !saver.saving && (saver.replaced || saver.problem);
  return (
    <>
      <ServerAwayBanner away={saver.away} className="form-server-away" reveal>
        Your program is kept on this computer, and Stance saves it by itself as soon as the server
        answers again. You can leave this page: it will be here when you come back.
      </ServerAwayBanner>
      {stuck && (
        <div className="server-away program-kept" role="region" aria-label="Your kept program">
          <p>
            {saver.replaced
              ? 'What you see is the program you saved while the studio database could not be reached. Meanwhile a program for this visit was saved elsewhere, so yours was not saved over it. Save program puts yours in its place; or discard yours to see the saved one.'
              : 'What you see is the program you saved while the studio database could not be reached; it is kept on this computer until it is saved or you discard it.'}
          </p>
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
        </div>
      )}
    </>
  );
}
