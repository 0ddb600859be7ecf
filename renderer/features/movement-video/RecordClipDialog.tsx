/**
 * Filming a movement screen with a connected webcam: a live preview, Start, then Stop to keep the
 * take. Picture only: the microphone is never asked for (the same rule as for photos), and a take
 * stops by itself at the time limit so a forgotten recording cannot grow without end.
 */
import { useEffect, useRef, useState } from 'react';
import type { MovementTag } from '../../../shared/domain/movement/screens';
import { describeMovementTag } from '../../../shared/domain/movement/clips';
import { Dialog } from '../../components/Dialog';
import { useCamera } from '../photos';

const MAX_TAKE_SECONDS = 60;

/** VP8 first: the lightest to encode live, so a busy computer still keeps every frame. */
const RECORDING_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];

interface RecordClipDialogProps {
  tag: MovementTag;
  onKeep: (take: Blob) => void;
  onClose: () => void;
}

export function RecordClipDialog({ tag, onKeep, onClose }: RecordClipDialogProps) {
  const [attempt, setAttempt] = useState(0);
  const camera = useCamera(null, attempt);
  const live = camera.status === 'live' ? camera : null;
  const video = useRef<HTMLVideoElement>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const recording = elapsed !== null;

  useEffect(() => {
    if (video.current) video.current.srcObject = live?.stream ?? null;
  }, [live?.stream]);

  useEffect(() => {
    (recording ? stopButton : startButton).current?.focus();
  }, [recording, live?.stream]);

  useEffect(() => {
    if (elapsed === null) return;
    if (elapsed >= MAX_TAKE_SECONDS) {
      recorder.current?.stop();
      return;
    }
    const timer = window.setTimeout(() => setElapsed(elapsed + 1), 1000);
    return () => window.clearTimeout(timer);
  }, [elapsed]);

  // Closing the dialog mid-take drops the take; the camera hook turns the light off.
  useEffect(
    () => () => {
      const current = recorder.current;
      if (current && current.state !== 'inactive') {
        current.ondataavailable = null;
        current.onstop = null;
        current.stop();
      }
    },
    [],
  );

  const start = async () => {
    if (!live) return;
    setProblem(null);
    // 720p is plenty to watch a squat frame by frame, and light enough to encode live on a busy
    // computer: at 1080p a slow machine can fall so far behind that a short take holds nothing.
    await live.stream
      .getVideoTracks()[0]
      ?.applyConstraints({ width: { ideal: 1280 }, height: { ideal: 720 } })
      .catch(() => undefined);
    const mimeType = RECORDING_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    let started: MediaRecorder;
    try {
      started = new MediaRecorder(live.stream, mimeType ? { mimeType } : undefined);
    } catch {
      setProblem('This computer cannot record video from the camera.');
      return;
    }
    const parts: Blob[] = [];
    started.ondataavailable = (event) => {
      if (event.data.size > 0) parts.push(event.data);
    };
    started.onstop = () => {
      setElapsed(null);
      const take = new Blob(parts, { type: started.mimeType || 'video/webm' });
      if (take.size === 0) setProblem('Nothing was recorded. Try again.');
      else onKeep(take);
    };
    recorder.current = started;
    started.start(250);
    setElapsed(0);
  };

  const stop = () => recorder.current?.stop();

  return (
    <Dialog
      title="Record a clip"
      description={`${describeMovementTag(tag)}. Whole body and feet in the picture; the camera sees what you see, not mirrored. Takes stop by themselves after ${MAX_TAKE_SECONDS} seconds.`}
      size="wide"
      closeButton
      onCancel={onClose}
      error={camera.status === 'failed' ? camera.message : problem}
      actions={
        recording ? (
          <button type="button" className="button button-primary" ref={stopButton} onClick={stop}>
            Stop and keep the clip
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              ref={startButton}
              disabled={!live}
              onClick={() => void start()}
            >
              Start recording
            </button>
          </>
        )
      }
    >
      <div className="camera-body">
        <div className="camera-stage" hidden={camera.status === 'failed'}>
          <video
            ref={video}
            className="camera-video"
            autoPlay
            muted
            playsInline
            aria-label="Live picture from the camera"
          />
          {camera.status === 'starting' && <p className="camera-waiting">Starting the camera…</p>}
        </div>
        <p className="clip-recording" role="status">
          {recording ? `Recording: ${elapsed} s` : ''}
        </p>
        {camera.status === 'failed' && (
          <button type="button" className="button" onClick={() => setAttempt((count) => count + 1)}>
            Try the camera again
          </button>
        )}
      </div>
    </Dialog>
  );
}
