/**
 * The form's document and everything derived from it that fields need at once (their messages).
 * A tiny external store: fields subscribe to the one value they show, so typing in one field
 * does not re-render the other few hundred controls, and an edit is checked only where it changed
 * the document (see schema-scope.ts), never the whole document per key.
 */
import type { AssessmentBody } from '../../../shared/domain/clinical';
import type { Path } from './paths';
import { bodyKey, getAt, setAt } from './paths';
import type { FormValidator } from './validation';
import { withUnparsed } from './validation';

export interface FormDoc {
  readonly assessedOn: string;
  /** As entered; may hold values the schema refuses (they are shown with their message). */
  readonly body: AssessmentBody;
  /** Text typed into number fields that is not a number yet, by issue key. */
  readonly unparsed: Readonly<Record<string, string>>;
}

export interface FormSnapshot {
  readonly doc: FormDoc;
  /** Goes up with every edit; the autosaver compares it with what it last sent. */
  readonly version: number;
  /** One message per issue key (`assessedOn`, `body.…`): the form's own checks, then main's. */
  readonly issues: Readonly<Record<string, string>>;
  /** What the shared schema refuses in `doc`, always equal to checking the whole document. */
  readonly refused: Readonly<Record<string, string>>;
}

export class FormStore {
  private snapshot: FormSnapshot;
  private serverIssues: Readonly<Record<string, string>> = {};
  private readonly listeners = new Set<() => void>();

  constructor(
    doc: FormDoc,
    private readonly validator: FormValidator,
  ) {
    const refused = validator.all(doc);
    this.snapshot = { doc, version: 0, refused, issues: withUnparsed(refused, doc.unparsed) };
  }

  readonly get = (): FormSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setBody(path: Path, value: unknown): void {
    const { doc } = this.snapshot;
    const key = bodyKey(path);
    // "8" then "8." is the same number: nothing to redraw or save.
    if (getAt(doc.body, path) === value && !(key in doc.unparsed)) return;
    const unparsed = withoutKey(doc.unparsed, key);
    // Main's message was about the value being replaced; the form's own check takes over.
    this.serverIssues = withoutKey(this.serverIssues, key);
    this.commit({ ...doc, body: setAt(doc.body, path, value), unparsed });
  }

  /** `typedAt` names the field being typed in, whose not-yet-a-number text is now replaced. */
  updateBody(update: (body: AssessmentBody) => AssessmentBody, typedAt?: string): void {
    const { doc } = this.snapshot;
    const unparsed = typedAt === undefined ? doc.unparsed : withoutKey(doc.unparsed, typedAt);
    this.commit({ ...doc, body: update(doc.body), unparsed });
  }

  setAssessedOn(assessedOn: string): void {
    this.commit({ ...this.snapshot.doc, assessedOn });
  }

  /** Keeps text that is not a number yet, so it is shown, flagged and survives a reload. */
  setUnparsed(key: string, text: string | null): void {
    const { doc } = this.snapshot;
    const unparsed =
      text === null ? withoutKey(doc.unparsed, key) : { ...doc.unparsed, [key]: text };
    if (unparsed === doc.unparsed) return;
    this.commit({ ...doc, unparsed });
  }

  /** Main's messages, shown until the next save answers; they do not count as an edit. */
  setServerIssues(issues: Record<string, string>): void {
    this.serverIssues = issues;
    const { doc, version, refused } = this.snapshot;
    this.publish(doc, version, refused);
  }

  private commit(doc: FormDoc): void {
    const before = this.snapshot;
    const refused = this.validator.afterEdit(before.doc, doc, before.refused);
    this.publish(doc, before.version + 1, refused);
  }

  private publish(doc: FormDoc, version: number, refused: Readonly<Record<string, string>>): void {
    const local = withUnparsed(refused, doc.unparsed);
    const issues =
      Object.keys(this.serverIssues).length > 0 ? { ...this.serverIssues, ...local } : local;
    this.snapshot = { doc, version, issues, refused };
    for (const listener of [...this.listeners]) listener();
  }
}

function withoutKey(
  record: Readonly<Record<string, string>>,
  key: string,
): Readonly<Record<string, string>> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
