/**
 * Offers back the text a save refused because the draft was changed elsewhere. The form shows the
 * draft as saved; putting her text back is her choice, made here, never done by the reload.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { localToday } from '../../../shared/domain/dates';
import { AlertBanner } from '../../components/AlertBanner';
import type { SaveStatusStore } from './autosaver';
import { SET_ASIDE_EVENT, discardSetAside, markForPutBack, readSetAside } from './set-aside';

interface SetAsideNoticeProps {
  id: string;
  revision: number;
  statusStore: SaveStatusStore;
  /** Opens the form again, which puts the marked text back on the draft as saved now. */
  onPutBack: () => void;
}

export function SetAsideNotice({ id, revision, statusStore, onPutBack }: SetAsideNoticeProps) {
  const [copy, setCopy] = useState(() => readSetAside(id, revision));
  // Refused in this form: her text is still in it, and the save status says how to go on.
  const refusedHere = useSyncExternalStore(statusStore.subscribe, () => {
    const status = statusStore.get();
    return status.kind === 'failed' && status.conflict;
  });
  const [discarded, setDiscarded] = useState(false);
  const done = useRef<HTMLDivElement>(null);

  // A refusal can land after the form opened again: a save sent as the page was left.
  useEffect(() => {
    const reread = () => setCopy(readSetAside(id, revision));
    window.addEventListener(SET_ASIDE_EVENT, reread);
    return () => window.removeEventListener(SET_ASIDE_EVENT, reread);
  }, [id, revision]);

  // The buttons go with the notice: focus stays on what replaced them.
  useEffect(() => {
    if (discarded) done.current?.focus();
  }, [discarded]);

  if (refusedHere) return null;
  if (!copy) {
    return discarded ? (
      <div className="notice ae-set-aside-done" role="status" tabIndex={-1} ref={done}>
        Your text was discarded. The form shows the draft as it is saved.
      </div>
    ) : null;
  }

  const discard = () => {
    discardSetAside(id, revision);
    // Text refused earlier still, if any, is offered in its place.
    const next = readSetAside(id, revision);
    setCopy(next);
    setDiscarded(next === null);
  };
  const putBack = () => {
    markForPutBack(id, revision);
    onPutBack();
  };

  return (
    <AlertBanner
      title={`Text you typed on this computer ${typedAt(copy.changedAt)} was not saved.`}
    >
      <p>{firstSentence(copy.conflict)}</p>
      <p>
        The form below shows the draft as it is saved now. Put your text back to replace it with
        yours, or discard your text to keep the draft as it is.
      </p>
      <p className="button-row">
        <button type="button" className="button" onClick={putBack}>
          Put my text back
        </button>
        <button type="button" className="button" onClick={discard}>
          Discard my text
        </button>
      </p>
    </AlertBanner>
  );
}

/** "at 14:30", or "on 2026-03-09 at 14:30": the way main's refusal says when the draft changed. */
function typedAt(changedAt: number): string {
  const when = new Date(changedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `at ${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const day = localToday(when);
  return day === localToday() ? time : `on ${day} ${time}`;
}

/** Main's refusal says who and when first; what follows is advice for the refused form itself. */
function firstSentence(message: string): string {
  return message.split(/(?<=\.)\s/)[0] ?? message;
}
