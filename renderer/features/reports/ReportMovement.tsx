/** "How you moved": the squats in the client's words, after the standing posture. */
import type { ClientMovementScreen } from './movement-wording';

export function ReportMovement({
  worded,
}: {
  worded: { screens: readonly ClientMovementScreen[]; followUps: readonly string[] };
}) {
  const [first, ...rest] = worded.screens;
  return (
    <section className="report-section movement" aria-labelledby="movement-title">
      <div className="keep-together">
        <h2 id="movement-title">How you moved</h2>
        <p>We watched a few slow squats, first with your arms overhead, then on one leg.</p>
        {first && <ScreenBlock {...first} followUps={worded.followUps} />}
      </div>
      {rest.map((screen) => (
        <ScreenBlock key={screen.screen} {...screen} followUps={[]} />
      ))}
    </section>
  );
}

function ScreenBlock({
  title,
  lines,
  quiet,
  followUps,
}: {
  title: string;
  lines: readonly string[];
  quiet: string | null;
  followUps: readonly string[];
}) {
  return (
    <div className="view-block keep-together">
      <h3>{title}</h3>
      {lines.length > 0 && (
        <ul className="findings">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {quiet && <p className="quiet">{quiet}</p>}
      {followUps.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
