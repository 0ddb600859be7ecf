/** What every field of the assessment form reads: the store, its mode, units and last visit. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import type { UnitSystem } from '../../../shared/domain/settings';
import type { FormDoc, FormStore } from './form-store';
import type { Path } from './paths';
import { getAt } from './paths';

export interface PreviousAssessment {
  readonly assessedOn: string;
  readonly body: AssessmentBody;
}

export interface FormSettings {
  readonly store: FormStore;
  /** Final revisions and older revisions are shown, never edited. */
  readonly readOnly: boolean;
  readonly units: UnitSystem;
  /** Age on the assessment day, for the age-specific foot progression bands. */
  readonly ageYears: number | null;
  readonly previous: PreviousAssessment | null;
}

const FormContext = createContext<FormSettings | null>(null);

export function FormProvider({ value, children }: { value: FormSettings; children: ReactNode }) {
  return <FormContext value={value}>{children}</FormContext>;
}

export function useForm(): FormSettings {
  const value = useContext(FormContext);
  if (!value) throw new Error('Assessment fields must be inside <FormProvider>.');
  return value;
}

/** One value of the document; the component re-renders only when this value changes. */
export function useBodyValue(path: Path): unknown {
  const { store } = useForm();
  return useSyncExternalStore(store.subscribe, () => getAt(store.get().doc.body, path));
}

export function useDocValue<T>(select: (doc: FormDoc) => T): T {
  const { store } = useForm();
  return useSyncExternalStore(store.subscribe, () => select(store.get().doc));
}

/** The message for one issue key, if there is one. */
export function useIssue(key: string): string | undefined {
  const { store } = useForm();
  return useSyncExternalStore(store.subscribe, () => store.get().issues[key]);
}

/** The same value in the previous assessment, or undefined when there is none. */
export function usePreviousValue(path: Path): unknown {
  const { previous } = useForm();
  return previous ? getAt(previous.body, path) : undefined;
}

/** An id for a control from its path, unique on the page. */
export const controlId = (path: Path, suffix = ''): string =>
  `ae-${path.join('-')}${suffix ? `-${suffix}` : ''}`.replace(/[^\w-]/g, '_');

export const asNumber = (value: unknown): number | null =>
  typeof value === 'number' ? value : null;
export const asString = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;
