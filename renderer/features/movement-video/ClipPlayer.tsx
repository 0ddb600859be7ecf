/**
 * Watching one clip closely: play and pause, one frame back or forward (buttons, or the arrow and
 * comma/full-stop keys while the player has focus), slow motion, a loop, and "Keep this frame",
 * which adds the picture on screen to the assessment's photos with the clip's screen and view.
 * A step draws the frame from the decoded frames around it (frame-cache.ts) over the paused
 * <video>; the <video> itself is moved to that frame only when it is needed (play, keep).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClipInfo } from '../../../shared/channels/clips';
import type { PhotoInfo } from '../../../shared/channels/photos';
import { clipUrl, describeMovementTag } from '../../../shared/domain/movement/clips';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { invoke } from '../../api';
import { readFileAsBase64 } from '../../lib/read-file';
import { FrameCache, type DecodedFrame } from './frame-cache';
import { workerDecoder } from './frame-decoder-port';
import { frameAt, lastFrame, stepTarget, timeOfFrame } from './frame-steps';
import { MovementTrace } from './MovementTrace';

const SPEEDS = [
  { rate: 1, label: 'Normal speed' },
  { rate: 0.5, label: 'Half speed' },
  { rate: 0.25, label: 'Quarter speed' },
  { rate: 0.1, label: 'One tenth speed' },
] as const;

/** Keys that step while the player has focus: arrows, or comma and full stop as in most players. */
const STEP_KEYS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ',': -1,
  ArrowRight: 1,
  '.': 1,
};

interface ClipPlayerProps {
  clip: ClipInfo;
  /** False for a finalized or earlier revision: she can watch, not keep frames. */
  editable: boolean;
  onFrameKept: (photo: PhotoInfo) => void;
}

/** The photo view a kept frame counts as; from the side, the camera sees one side of her. */
function defaultPhotoView(clip: ClipInfo): PhotoView {
  if (clip.tag.view === 'back') return 'posterior';
  if (clip.tag.view === 'side') return 'right-lateral';
  return 'anterior';
}

export function ClipPlayer({ clip, editable, onFrameKept }: ClipPlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const still = useRef<HTMLCanvasElement>(null);
  const cache = useRef<FrameCache | null>(null);
  /** The frame on screen, drawn or in the <video>; a ref, so keys pressed quickly all count. */
  const shownFrame = useRef(0);
  const stepRequest = useRef(0);
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState<number>(1);
  const [loop, setLoop] = useState(true);
  const [facing, setFacing] = useState<PhotoView>(defaultPhotoView(clip));
  const [keeping, setKeeping] = useState<'idle' | 'busy'>('idle');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [failed, setFailed] = useState(false);
  const ids = { speed: useId(), loop: useId(), facing: useId(), keys: useId() };
  const seconds = clip.durationMs / 1000;
  const frames = lastFrame(seconds, clip.frameRate) + 1;

  useEffect(() => {
    if (video.current) video.current.playbackRate = rate;
  }, [rate]);

  useEffect(
    () => () => {
      cache.current?.close();
      cache.current = null;
    },
    [],
  );

  /** Starts decoding around the first frame once the <video> shows it, not before: it comes first. */
  const startDecoding = () => {
    const element = video.current;
    if (!element || cache.current) return;
    const width = Math.min(clip.width, element.clientWidth * window.devicePixelRatio);
    const height = Math.round((width * element.videoHeight) / Math.max(1, element.videoWidth));
    cache.current = new FrameCache(workerDecoder(clipUrl(clip.hash), clip.frameRate, width), {
      lastFrame: frames - 1,
      frameBytes: width * height * 4,
    });
    cache.current.moveTo(shownFrame.current);
    if (element.closest('.clip-player')?.contains(document.activeElement)) cache.current.engage();
  };

  const hideStill = () => {
    if (still.current) still.current.hidden = true;
  };

  const showFrameNow = () => {
    const element = video.current;
    if (!element || still.current?.hidden === false) return;
    shownFrame.current = frameAt(element.currentTime, clip.frameRate);
    setFrame(shownFrame.current);
  };

  /** Moves the <video> to the frame on screen, when a step drew it and the <video> is elsewhere. */
  const catchUp = async (element: HTMLVideoElement) => {
    if (frameAt(element.currentTime, clip.frameRate) === shownFrame.current && !element.seeking)
      return;
    const seeked = new Promise((resolve) =>
      element.addEventListener('seeked', resolve, { once: true }),
    );
    element.currentTime = timeOfFrame(shownFrame.current, clip.frameRate);
    await seeked;
  };

  const draw = (decoded: DecodedFrame, at: number) => {
    const canvas = still.current;
    const element = video.current;
    if (!canvas || !element) return;
    // Setting a canvas's size clears and reallocates it even when unchanged: only when it changes.
    if (canvas.width !== decoded.width) canvas.width = decoded.width;
    if (canvas.height !== decoded.height) canvas.height = decoded.height;
    canvas.style.width = `${element.clientWidth}px`;
    canvas.style.height = `${element.clientHeight}px`;
    canvas.getContext('2d', { alpha: false })?.drawImage(decoded, 0, 0);
    canvas.dataset.frame = String(at);
    canvas.hidden = false;
  };

  const step = (by: number) => {
    const element = video.current;
    if (!element) return;
    const from = element.paused ? shownFrame.current : frameAt(element.currentTime, clip.frameRate);
    element.pause();
    const target = stepTarget(timeOfFrame(from, clip.frameRate), by, clip.frameRate, seconds);
    shownFrame.current = target;
    const request = ++stepRequest.current;
    const frames = cache.current;
    frames?.engage();
    // Drawn before the page re-renders the frame number, so nothing stands before the picture.
    const ready = frames?.moveTo(target);
    if (ready) draw(ready, target);
    else if (!frames) element.currentTime = timeOfFrame(target, clip.frameRate);
    else
      void frames.whenDecoded(target).then((decoded) => {
        if (request !== stepRequest.current) return;
        if (decoded) draw(decoded, target);
        else {
          hideStill();
          element.currentTime = timeOfFrame(target, clip.frameRate);
        }
      });
    setFrame(target);
  };

  const goTo = (timeSeconds: number) => {
    const element = video.current;
    if (!element) return;
    element.pause();
    const target = frameAt(timeSeconds, clip.frameRate);
    element.currentTime = timeOfFrame(target, clip.frameRate);
    setFrame(target);
    element.parentElement?.focus();
  };

  const togglePlay = () => {
    const element = video.current;
    if (!element) return;
    if (element.paused) {
      stepRequest.current += 1;
      void catchUp(element)
        .then(() => {
          hideStill();
          return element.play();
        })
        .catch(() => setPlaying(false));
    } else element.pause();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const by = STEP_KEYS[event.key];
    if (by !== undefined) {
      event.preventDefault();
      step(by);
    } else if (event.key === ' ' || event.key === 'k') {
      event.preventDefault();
      togglePlay();
    }
  };

  const keepFrame = async () => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    element.pause();
    setKeeping('busy');
    setMessage(null);
    // Kept from the <video> at full size, not from the smaller drawn copy.
    await catchUp(element);
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    const dataBase64 = blob ? await readFileAsBase64(blob) : null;
    if (!dataBase64) {
      setKeeping('idle');
      setMessage({ text: 'The frame could not be copied. Try again.', problem: true });
      return;
    }
    const shown = frameAt(element.currentTime, clip.frameRate) + 1;
    const result = await invoke('clips:keepFrame', {
      clipId: clip.id,
      photoView: facing,
      fileName: `Frame ${shown} of ${describeMovementTag(clip.tag)}.png`,
      dataBase64,
    });
    setKeeping('idle');
    if (!result.ok) {
      setMessage({ text: result.error.message, problem: true });
      return;
    }
    onFrameKept(result.value);
    setMessage({ text: `Frame ${shown} is now among the photos.`, problem: false });
  };

  return (
    <div className="clip-player" onFocus={() => cache.current?.engage()}>
      <div
        className="clip-stage"
        tabIndex={0}
        role="group"
        aria-label={`Clip: ${describeMovementTag(clip.tag)}`}
        aria-describedby={ids.keys}
        onKeyDown={onKeyDown}
      >
        <video
          ref={video}
          className="clip-video"
          src={clipUrl(clip.hash)}
          muted
          playsInline
          preload="auto"
          loop={loop}
          onPlay={() => {
            hideStill();
            setPlaying(true);
          }}
          onPause={() => setPlaying(false)}
          onTimeUpdate={showFrameNow}
          onSeeked={showFrameNow}
          onError={() => setFailed(true)}
          onLoadedData={startDecoding}
          data-frame={frame}
        />
        <canvas ref={still} className="clip-still" hidden aria-hidden="true" />
      </div>
      <p className="visually-hidden" id={ids.keys}>
        Left and right arrows step one frame; space plays or pauses.
      </p>
      {failed && (
        <p className="clip-problem" role="alert">
          This clip cannot be played on this computer. Its file is kept; try it on another computer
          or add it again as H.264.
        </p>
      )}
      <div className="clip-controls">
        <button type="button" className="button" onClick={togglePlay} aria-keyshortcuts="Space">
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => step(-1)}
          aria-keyshortcuts="ArrowLeft"
        >
          Previous frame
        </button>
        <button
          type="button"
          className="button"
          onClick={() => step(1)}
          aria-keyshortcuts="ArrowRight"
        >
          Next frame
        </button>
        <p className="clip-frame" data-clip-frame>
          Frame {Math.min(frame + 1, frames)} of {frames}
        </p>
      </div>
      <div className="clip-controls">
        <div className="clip-tag-field">
          <label className="photo-card-label" htmlFor={ids.speed}>
            Speed
          </label>
          <div className="select-wrap">
            <select
              id={ids.speed}
              className="select"
              value={rate}
              onChange={(event) => setRate(Number(event.target.value))}
            >
              {SPEEDS.map((speed) => (
                <option key={speed.rate} value={speed.rate}>
                  {speed.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="clip-loop" htmlFor={ids.loop}>
          <input
            id={ids.loop}
            type="checkbox"
            checked={loop}
            onChange={(event) => setLoop(event.target.checked)}
          />
          Play in a loop
        </label>
        {editable && clip.tag.view === 'side' && (
          <div className="clip-tag-field">
            <label className="photo-card-label" htmlFor={ids.facing}>
              Side facing the camera
            </label>
            <div className="select-wrap">
              <select
                id={ids.facing}
                className="select"
                value={facing}
                onChange={(event) => setFacing(event.target.value as PhotoView)}
              >
                <option value="left-lateral">Left side</option>
                <option value="right-lateral">Right side</option>
              </select>
            </div>
          </div>
        )}
        {editable && (
          <button
            type="button"
            className="button button-primary"
            disabled={keeping === 'busy' || failed}
            onClick={() => void keepFrame()}
          >
            {keeping === 'busy' ? 'Keeping the frame…' : 'Keep this frame'}
          </button>
        )}
      </div>
      <p className={message?.problem ? 'clip-problem' : 'clip-note'} role="status">
        {message?.text ?? ''}
      </p>
      <MovementTrace clip={clip} onGoTo={goTo} />
    </div>
  );
}
