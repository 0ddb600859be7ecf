/** "How you moved": the squats in the client's words, after the standing posture. */
import type { CSSProperties } from 'react';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { PhotoOverlay } from '../photos';
import type { ClientMovementFrame } from './movement-frames';
import { framesOfScreen } from './movement-frames';
import type { ClientMovementScreen } from './movement-wording';

/**
 * A kept frame prints at most this tall and as wide as its column allows: a landscape clip's frame
 * fills the column, two portrait frames (a phone held upright) stand side by side.
 */
const FRAME_HEIGHT_MM = 62;
const FRAME_COLUMN_MM = 78;

const frameStyle = ({ width, height }: PhotoInfo): CSSProperties => ({
  width: `${Math.min(FRAME_COLUMN_MM, (FRAME_HEIGHT_MM * width) / height).toFixed(1)}mm`,
});

export function ReportMovement({
  worded,
  photos,
}: {
  worded: { screens: readonly ClientMovementScreen[]; followUps: readonly string[] };
  /** The assessment's photos; the frames kept from each squat's clips print beside it. */
  photos: readonly PhotoInfo[];
}) {
  const [first, ...rest] = worded.screens;
  return (
    <section className="report-section movement" aria-labelledby="movement-title">
      <div className="keep-together">
        <h2 id="movement-title">How you moved</h2>
        <p>We watched a few slow squats, first with your arms overhead, then on one leg.</p>
        {first && (
          <ScreenBlock
            {...first}
            frames={framesOfScreen(photos, first.screen)}
            followUps={worded.followUps}
          />
        )}
      </div>
      {rest.map((screen) => (
        <ScreenBlock
          key={screen.screen}
          {...screen}
          frames={framesOfScreen(photos, screen.screen)}
          followUps={[]}
        />
      ))}
    </section>
  );
}

function ScreenBlock({
  title,
  lines,
  quiet,
  followUps,
  frames,
}: {
  title: string;
  lines: readonly string[];
  quiet: string | null;
  followUps: readonly string[];
  frames: readonly ClientMovementFrame[];
}) {
  return (
    <div className={`view-block keep-together${frames.length > 0 ? ' movement-with-frames' : ''}`}>
      <div>
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
      {frames.length > 0 && (
        <div className="movement-frames">
          {frames.map(({ photo, caption }) => (
            <figure key={photo.id} className="movement-frame" style={frameStyle(photo)}>
              <PhotoOverlay
                photo={photo}
                landmarks={photo.landmarks}
                alt={`${title}, ${caption.toLowerCase()}: a frame from the clip`}
                showMeasures
                imageSize="print"
                markerScale={1.5}
              />
              <figcaption>{caption}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </div>
  );
}
