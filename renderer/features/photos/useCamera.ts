/**
 * A live webcam stream for the preview: started when asked, switched when another camera is
 * chosen, and always stopped (light off) when the dialog closes. Video only, never the microphone.
 */
import { useEffect, useState } from 'react';

export interface CameraChoice {
  readonly deviceId: string;
  readonly label: string;
}

export type CameraState =
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream; cameras: readonly CameraChoice[]; deviceId: string }
  | { status: 'failed'; message: string };

/** What went wrong, in words she can act on. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Stance is not allowed to use the camera. Allow camera access for Stance in your computer’s privacy settings, then try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found. Connect a webcam, then try again.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera could not be started. It may be in use by another program: close that program, then try again.';
    default:
      return 'The camera could not be started. Check that it is connected, then try again.';
  }
}

const NO_CAMERA_API = 'This computer does not offer a camera to Stance.';

async function listCameras(): Promise<CameraChoice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput' && device.deviceId)
    .map((device, index) => ({
      deviceId: device.deviceId,
      label: device.label || `Camera ${index + 1}`,
    }));
}

const cameraApi = (): MediaDevices | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;

/** `deviceId` null: the system's default camera. `attempt` restarts after a failure. */
export function useCamera(deviceId: string | null, attempt: number): CameraState {
  const key = `${deviceId ?? 'default'}#${attempt}`;
  const [answer, setAnswer] = useState<{ key: string; state: CameraState } | null>(null);
  const supported = typeof cameraApi()?.getUserMedia === 'function';

  useEffect(() => {
    const devices = cameraApi();
    if (typeof devices?.getUserMedia !== 'function') return;
    let current = true;
    let stream: MediaStream | null = null;
    const settle = (state: CameraState) => {
      if (current) setAnswer({ key, state });
    };
    const video: MediaTrackConstraints = deviceId
      ? { deviceId: { exact: deviceId } }
      : { width: { ideal: 1920 }, height: { ideal: 1080 } };
    devices
      .getUserMedia({ video, audio: false })
      .then(async (opened) => {
        stream = opened;
        if (!current) return stopAll(opened);
        // Labels are only given once a camera is allowed, so the list is read after opening.
        const cameras = await listCameras().catch(() => []);
        const using = opened.getVideoTracks()[0]?.getSettings().deviceId ?? deviceId ?? '';
        settle({ status: 'live', stream: opened, cameras, deviceId: using });
      })
      .catch((error: unknown) => settle({ status: 'failed', message: cameraProblem(error) }));
    return () => {
      current = false;
      if (stream) stopAll(stream);
    };
  }, [deviceId, attempt, key]);

  if (!supported) return { status: 'failed', message: NO_CAMERA_API };
  return answer && answer.key === key ? answer.state : { status: 'starting' };
}

function stopAll(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** The frame showing now, as a JPEG at quality 0.92, the size the camera delivers. */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) return Promise.reject(new Error('No picture yet'));
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made'))),
      'image/jpeg',
      0.92,
    ),
  );
}
