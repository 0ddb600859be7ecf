/**
 * Saving the program being built: one save at a time, on top of the stamp she last saw, so a
 * program saved from elsewhere since is refused by name. While the studio server is away her
 * program is kept on this computer and saved by itself when it is back; a page opened from such a
 * copy saves it at once, unless a program for this visit appeared meanwhile, which she is told.
 */
import { useEffect, useRef, useState } from 'react';
import type { Program } from '../../../shared/channels/programs';
import type { Dosage } from '../../../shared/domain/exercises';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import type { KeptCopy } from '../../lib/kept-copy';
import { useKeptSave } from '../../hooks/useKeptSave';
import { keptProgramKey, type ProgramValues } from './kept-program';
import { fromDraft, savedShape, type Loaded } from './program-draft';

interface ProgramSaveOptions {
  clientId: string;
  assessmentId: string;
  initial: Loaded;
  restored: KeptCopy<ProgramValues> | null;
  /** What the builder holds now. */
  current: Omit<ProgramValues, 'programId'>;
}

export function useProgramSave({
  clientId,
  assessmentId,
  initial,
  restored,
  current,
}: ProgramSaveOptions) {
  // A copy kept for a program that is no longer the visit's (one was saved for it meanwhile, or
  // it was deleted) is not saved by itself: she is told and decides.
  const [replaced, setReplaced] = useState(
    () => restored !== null && restored.values.programId !== initial.programId,
  );
  const [programId, setProgramId] = useState(initial.programId);
  // The stamp her next save starts from: a program saved from elsewhere since is not overwritten.
  const [savedStamp, setSavedStamp] = useState(
    restored && !replaced ? restored.baseUpdatedAt : initial.updatedAt,
  );
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [lastSaved, setLastSaved] = useState(() =>
    savedShape(initial.title, initial.notes, initial.items),
  );
  const sending = useRef<ProgramValues | null>(null);

  const kept = useKeptSave<ProgramValues, Program>({
    storageKey: keptProgramKey(clientId, assessmentId),
    restored: restored ? { values: restored.values, base: restored.baseUpdatedAt } : null,
    send: (values, expectedUpdatedAt) => {
      sending.current = values;
      return invoke('programs:save', {
        ...(values.programId ? { id: values.programId } : {}),
        ...(values.programId && expectedUpdatedAt ? { expectedUpdatedAt } : {}),
        clientId,
        assessmentId,
        title: values.title,
        notes: values.notes,
        items: values.items.map((item) => ({
          exerciseId: item.exerciseId,
          // Unchecked on purpose: main validates the dosage and words any problem for her.
          dosage: fromDraft(item.dosage) as Dosage,
          notes: item.notes,
        })),
      });
    },
    onSaved: (program) => {
      setProgramId(program.id);
      setSavedStamp(program.updatedAt);
      setSavedAt(Date.now());
      const values = sending.current ?? current;
      setLastSaved(savedShape(values.title, values.notes, values.items));
    },
    onRefused: setProblem,
  });

  const { title, notes, items } = current;
  const { edited } = kept;
  // Until she chooses to save hers in its place, the copy stays as it was kept: opened again, it
  // must tell her again rather than go over the program saved meanwhile.
  const keptProgramId = replaced && restored ? restored.values.programId : programId;
  useEffect(
    () => edited({ programId: keptProgramId, title, notes, items }),
    [edited, keptProgramId, title, notes, items],
  );

  const save = async () => {
    setProblem(null);
    setReplaced(false);
    await kept.save({ programId, title, notes, items }, programId ? savedStamp : null);
  };

  // Opened from a kept copy of this very program: saved now, as if she had pressed Save.
  const savedRestored = useRef(false);
  useEffect(() => {
    if (!restored || replaced || savedRestored.current) return;
    savedRestored.current = true;
    void save();
  });

  return {
    programId,
    saving: kept.busy,
    away: kept.away,
    /** A copy of hers is kept here, so leaving loses nothing. */
    kept: kept.kept,
    replaced,
    problem,
    savedAt,
    clearSavedAt: () => setSavedAt(null),
    changed: savedShape(title, notes, items) !== lastSaved,
    save,
    discardKept: kept.discard,
  };
}
