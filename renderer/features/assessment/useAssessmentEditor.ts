/**
 * Loads what the assessment form needs: the current revision, the client, the unit setting and
 * the client's previous finalized assessment (shown beside each field), then opens the form with
 * them all.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Assessment } from '../../../shared/channels/assessments';
import type { Client } from '../../../shared/domain/clients';
import { ageOn, isCalendarDate } from '../../../shared/domain/dates';
import type { UnitSystem } from '../../../shared/domain/settings';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api';
import type { PreviousAssessment } from './form-context';
import { FormStore } from './form-store';
import { documentToOpen } from './local-copy';
import { choosePrevious } from './previous-choice';
import { dropSetAsideOf, takePutBack } from './set-aside';
import { validator } from './validation';

export type PreviousLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly previous: PreviousAssessment | null };

export interface EditorData {
  readonly assessment: Assessment;
  readonly client: Client;
  readonly units: UnitSystem;
  readonly store: FormStore;
  /** True when unsaved typing from the local copy was put back. */
  readonly restored: boolean;
  /** The stamp the first save goes on top of (see `documentToOpen`). */
  readonly onTopOf: string;
}

export type EditorLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppErrorShape }
  | ({ readonly status: 'ready' } & EditorData);

/** A store for showing a revision as it is, without the local copy. */
export function storeFor(
  assessment: Assessment,
  local: boolean,
): { store: FormStore; restored: boolean; onTopOf: string } {
  const server = {
    assessedOn: assessment.assessedOn,
    body: assessment.body,
    updatedAt: assessment.updatedAt,
  };
  const opened =
    local && assessment.status === 'draft'
      ? (takePutBack(assessment.assessmentId, assessment.revision, server.updatedAt) ??
        documentToOpen(assessment.assessmentId, assessment.revision, server))
      : {
          doc: { assessedOn: server.assessedOn, body: server.body, unparsed: {} },
          restored: false,
          onTopOf: server.updatedAt,
        };
  return {
    store: new FormStore(opened.doc, validator(assessment.assessmentId, assessment.revision)),
    restored: opened.restored,
    onTopOf: opened.onTopOf,
  };
}

export function useAssessmentEditor(id: string) {
  const [load, setLoad] = useState<{
    key: string;
    load: EditorLoad;
    previous: PreviousLoad;
  } | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = `${id}#${generation}`;

  useEffect(() => {
    let current = true;
    const finish = (next: EditorLoad, previous: PreviousLoad = { status: 'loading' }) => {
      if (current) setLoad({ key, load: next, previous });
    };
    void (async () => {
      const [assessment, settings] = await Promise.all([
        invoke('assessments:get', { id }),
        invoke('settings:get', {}),
      ]);
      if (!assessment.ok) {
        // Erased or discarded elsewhere: text set aside for it can never be put back.
        if (assessment.error.code === 'not-found') dropSetAsideOf(id, null);
        return finish({ status: 'failed', error: assessment.error });
      }
      const { clientId, assessmentId, revision, status } = assessment.value;
      dropSetAsideOf(assessmentId, status === 'draft' ? revision : null);
      const [client, list] = await Promise.all([
        invoke('clients:get', { id: clientId }),
        invoke('assessments:listForClient', { clientId }),
      ]);
      if (!client.ok) return finish({ status: 'failed', error: client.error });
      const before = list.ok ? choosePrevious(list.value, assessment.value) : null;
      const found = !before
        ? null
        : before.revision === null
          ? await invoke('assessments:get', { id: before.assessmentId })
          : await invoke('assessments:getRevision', {
              id: before.assessmentId,
              revision: before.revision,
            });
      if (!current) return;
      // One render with everything: drawing the form and then again with last visit's values
      // beside it would cost a second full render.
      finish(
        {
          status: 'ready',
          assessment: assessment.value,
          client: client.value,
          units: settings.ok ? settings.value.units : 'metric',
          ...storeFor(assessment.value, true),
        },
        {
          status: 'ready',
          previous: found?.ok
            ? { assessedOn: found.value.assessedOn, body: found.value.body }
            : null,
        },
      );
    })();
    return () => {
      current = false;
    };
  }, [id, key]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  const isCurrent = load?.key === key;
  return {
    load: isCurrent ? load.load : ({ status: 'loading' } as const),
    previous: isCurrent ? load.previous : ({ status: 'loading' } as const),
    reload,
  };
}

export function ageOnDay(dateOfBirth: string, day: string): number | null {
  return isCalendarDate(dateOfBirth) && isCalendarDate(day) ? ageOn(dateOfBirth, day) : null;
}
