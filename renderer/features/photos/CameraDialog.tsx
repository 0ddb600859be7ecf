/**
 * Taking a photo with a connected webcam: a live preview, an optional 3-second timer so the
 * practitioner can step back into place, then keep or retake. Kept photos go the same way as files.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import { Dialog } from '../../components/Dialog';
import type { PhotoToAdd } from './add-photo';
import { BlobImage } from './BlobImage';
import { captureFrame, useCamera } from './useCamera';

const TIMER_SECONDS = 3;

interface CameraDialogProps {
  suggestedView: PhotoView;
  onKeep: (photo: PhotoToAdd) => void;
  onClose: () => void;
}

export function CameraDialog({ suggestedView, onKeep, onClose }: CameraDialogProps) {
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const camera = useCamera(deviceId, attempt);
  const [view, setView] = useState<PhotoView>(suggestedView);
  const [useTimer, setUseTimer] = useState(false);
  const [countdown, setCountdown] = useState<number | null>(null);
  const [shot, setShot] = useState<Blob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const takeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const ids = { camera: useId(), view: useId(), timer: useId() };
  const live = camera.status === 'live' ? camera : null;

  useEffect(() => {
    if (video.current) video.current.srcObject = live?.stream ?? null;
  }, [live?.stream]);

  useEffect(() => {
    (shot ? keepButton : takeButton).current?.focus();
  }, [shot, live?.stream]);

  const take = async () => {
    setCountdown(null);
    setProblem(null);
    if (!video.current) return;
    try {
      setShot(await captureFrame(video.current));
    } catch {
      setProblem('The camera has not shown a picture yet. Wait a moment and try again.');
    }
  };

  useEffect(() => {
    if (countdown === null) return;
    const timer = window.setTimeout(
      () => (countdown > 1 ? setCountdown(countdown - 1) : void take()),
      1000,
    );
    return () => window.clearTimeout(timer);
  }, [countdown]);

  const keep = () => {
    if (!shot) return;
    const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '.');
    onKeep({ name: `Camera photo ${stamp}.jpg`, data: shot, view });
  };

  const counting = countdown !== null;
  const actions = shot ? (
    <>
      <button type="button" className="button" onClick={() => setShot(null)}>
        Retake
      </button>
      <button type="button" className="button button-primary" ref={keepButton} onClick={keep}>
        Keep photo
      </button>
    </>
  ) : (
    <>
      <button
        type="button"
        className="button"
        onClick={counting ? () => setCountdown(null) : onClose}
      >
        {counting ? 'Stop the timer' : 'Cancel'}
      </button>
      <button
        type="button"
        className="button button-primary"
        ref={takeButton}
        disabled={!live || counting}
        onClick={() => (useTimer ? setCountdown(TIMER_SECONDS) : void take())}
      >
        {useTimer ? `Take photo in ${TIMER_SECONDS} s` : 'Take photo'}
      </button>
    </>
  );

  return (
    <Dialog
      title={shot ? 'Keep this photo?' : 'Take a photo'}
      description={
        shot
          ? 'Check that the whole body is in the picture, feet included.'
          : 'Stand the client facing the way of the view, whole body and feet in the picture. The photo is taken as the camera sees it, not mirrored.'
      }
      size="wide"
      closeButton
      onCancel={onClose}
      error={camera.status === 'failed' ? camera.message : problem}
      actions={actions}
    >
      <div className="camera-body">
        <div className="camera-stage" hidden={camera.status === 'failed'}>
          <video
            ref={video}
            className="camera-video"
            autoPlay
            muted
            playsInline
            hidden={shot !== null}
            aria-label="Live picture from the camera"
          />
          {shot && <BlobImage className="camera-shot" blob={shot} alt="The photo just taken" />}
          {camera.status === 'starting' && <p className="camera-waiting">Starting the camera…</p>}
          {counting && (
            <p className="camera-countdown" aria-hidden="true">
              {countdown}
            </p>
          )}
        </div>
        <p className="visually-hidden" role="status">
          {counting ? `Taking the photo in ${countdown}` : ''}
        </p>
        {camera.status === 'failed' ? (
          <button type="button" className="button" onClick={() => setAttempt((count) => count + 1)}>
            Try the camera again
          </button>
        ) : (
          <div className="camera-controls">
            <div className="camera-control">
              <label className="photo-card-label" htmlFor={ids.view}>
                View
              </label>
              <div className="select-wrap">
                <select
                  id={ids.view}
                  className="select"
                  value={view}
                  onChange={(event) => setView(event.target.value as PhotoView)}
                >
                  {photoViews.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {live && live.cameras.length > 1 && !shot && (
              <div className="camera-control">
                <label className="photo-card-label" htmlFor={ids.camera}>
                  Camera
                </label>
                <div className="select-wrap">
                  <select
                    id={ids.camera}
                    className="select"
                    value={live.deviceId}
                    disabled={counting}
                    onChange={(event) => setDeviceId(event.target.value)}
                  >
                    {live.cameras.map((item) => (
                      <option key={item.deviceId} value={item.deviceId}>
                        {item.label}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            )}
            {!shot && (
              <label className="camera-timer" htmlFor={ids.timer}>
                <input
                  id={ids.timer}
                  type="checkbox"
                  checked={useTimer}
                  disabled={counting}
                  onChange={(event) => setUseTimer(event.target.checked)}
                />
                Wait {TIMER_SECONDS} seconds before taking it, to step back into place
              </label>
            )}
          </div>
        )}
      </div>
    </Dialog>
  );
}
