/**
 * The form checks the document with the very schema main uses, and never lets one bad field stop
 * the rest from saving: each refused value is held back (the last saved value for that field is
 * sent instead) while the practitioner sees the message beside the field.
 */
import { contract } from '../../../shared/contract';
import type { AssessmentBody, CheckpointFinding } from '../../../shared/domain/clinical';
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentBodySchema,
  emptyAssessmentBody,
} from '../../../shared/domain/clinical';
import { toFieldIssues } from '../../../shared/validation';
import type { FormDoc } from './form-store';
import type { PathKey } from './paths';
import { bodyPathOf, getAt, pathKey, setAt } from './paths';
import type { Scope } from './schema-scope';
import { changedPaths, isUnder, issuesIn, scopeOf } from './schema-scope';

export const NOT_A_NUMBER = 'Enter a number, for example 12 or 4.5.';

const saveRequest = contract['assessments:saveDraft'].request;

export interface SavedContent {
  readonly assessedOn: string;
  readonly body: AssessmentBody;
}

const asRequest = (id: string, revision: number, content: SavedContent) => ({
  id,
  revision,
  assessedOn: content.assessedOn,
  body: content.body,
});

/** What main would say about this document, by issue key. */
function schemaIssues(id: string, revision: number, content: SavedContent): Record<string, string> {
  return issuesIn({ path: [], schema: saveRequest }, asRequest(id, revision, content));
}

export interface FormValidator {
  /** Every issue in the document, as main would report them: run once, when the form opens. */
  readonly all: (doc: FormDoc) => Record<string, string>;
  /**
   * The same answer for `after`, given `before` and its issues, from checking only the parts of
   * the document the edit changed: what runs on every key press.
   */
  readonly afterEdit: (
    before: FormDoc,
    after: FormDoc,
    issues: Readonly<Record<string, string>>,
  ) => Readonly<Record<string, string>>;
}

export function validator(id: string, revision: number): FormValidator {
  return {
    all: (doc) => schemaIssues(id, revision, doc),
    afterEdit: (before, after, issues) => {
      const scopes = outermost(
        changedPaths(asRequest(id, revision, before), asRequest(id, revision, after)).map((path) =>
          scopeOf(saveRequest, path),
        ),
      );
      if (scopes.length === 0) return issues;
      const next: Record<string, string> = {};
      for (const [key, message] of Object.entries(issues)) {
        if (!scopes.some((scope) => isUnder(key, scope.path))) next[key] = message;
      }
      const request = asRequest(id, revision, after);
      for (const scope of scopes) Object.assign(next, issuesIn(scope, request));
      return next;
    },
  };
}

/** Scopes that lie inside another would be checked twice: only the outer one is kept. */
function outermost(scopes: readonly Scope[]): Scope[] {
  const sorted = [...scopes].sort((a, b) => a.path.length - b.path.length);
  const kept: Scope[] = [];
  for (const scope of sorted) {
    if (!kept.some((outer) => isUnder(pathKey(scope.path), outer.path))) kept.push(scope);
  }
  return kept;
}

/** The form's messages: the schema's, and one for each number field holding text that is not a number. */
export function withUnparsed(
  refused: Readonly<Record<string, string>>,
  unparsed: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const keys = Object.keys(unparsed);
  if (keys.length === 0) return refused;
  const issues = { ...refused };
  for (const key of keys) issues[key] = NOT_A_NUMBER;
  return issues;
}

export interface Savable extends SavedContent {
  /** Issue keys whose typed value was held back. */
  readonly heldBack: readonly string[];
}

/**
 * The document to send: the one typed, with every field that has a problem put back to what was
 * last saved. A field whose saved value still clashes with the rest (best pain above a new worst)
 * is left out instead. If that still fails, the last saved document is sent unchanged. Text that
 * is not a number never reached the document, so it needs no holding back here.
 *
 * `refused` is what the schema refuses in `doc` when that is known already (the form store keeps
 * it up to date as she types): a document with no problems is then sent without another parse,
 * and main, which checks every payload, is the one whole-document check of a save.
 */
export function savableContent(
  id: string,
  revision: number,
  doc: FormDoc,
  lastSaved: SavedContent,
  known: {
    readonly refused?: Readonly<Record<string, string>>;
    readonly alsoRefused?: readonly string[];
  } = {},
): Savable {
  let content: SavedContent = { assessedOn: doc.assessedOn, body: doc.body };
  const refused = known.refused ?? schemaIssues(id, revision, content);
  let keys = [...new Set([...Object.keys(refused), ...(known.alsoRefused ?? [])])];
  const heldBack = new Set<string>();
  for (let round = 0; keys.length > 0; round += 1) {
    if (round === 3) return { ...lastSaved, heldBack: [...heldBack, ...keys] };
    for (const key of keys) heldBack.add(key);
    content = holdBack(content, keys, lastSaved, round === 0 ? 'restore' : 'remove');
    keys = Object.keys(schemaIssues(id, revision, content));
  }
  return { ...content, heldBack: [...heldBack] };
}

type HoldBackMode = 'restore' | 'remove';

function holdBack(
  content: SavedContent,
  keys: readonly string[],
  lastSaved: SavedContent,
  mode: HoldBackMode,
): SavedContent {
  let { assessedOn, body } = content;
  const findingIndexes = new Set<number>();
  for (const key of keys) {
    if (key === 'assessedOn') {
      assessedOn = lastSaved.assessedOn;
      continue;
    }
    const path = bodyPathOf(key);
    if (path === null || path.length === 0) return lastSaved;
    if (path[0] === 'checkpointFindings' && typeof path[1] === 'number') {
      findingIndexes.add(path[1]);
      continue;
    }
    body = setAt(body, path, valueToKeep(body, lastSaved.body, path, mode));
  }
  if (findingIndexes.size > 0) {
    body = holdBackFindings(body, findingIndexes, lastSaved.body, mode);
  }
  return { assessedOn, body };
}

function valueToKeep(
  body: AssessmentBody,
  saved: AssessmentBody,
  path: readonly PathKey[],
  mode: HoldBackMode,
): unknown {
  // Inside a list (FPI items, Oswestry sections) a missing value is written as null.
  const inList = Array.isArray(getAt(body, path.slice(0, -1)));
  const kept = mode === 'restore' ? getAt(saved, path) : undefined;
  return kept === undefined && inList ? null : kept;
}

/** Findings are matched by checkpoint and side, not by their place in the list. */
function holdBackFindings(
  body: AssessmentBody,
  indexes: ReadonlySet<number>,
  saved: AssessmentBody,
  mode: HoldBackMode,
): AssessmentBody {
  const findings = body.checkpointFindings ?? [];
  const savedFindings = saved.checkpointFindings ?? [];
  const next: CheckpointFinding[] = [];
  findings.forEach((finding, index) => {
    if (!indexes.has(index)) {
      next.push(finding);
      return;
    }
    const previous =
      mode === 'restore'
        ? savedFindings.find(
            (candidate) =>
              candidate.checkpointId === finding.checkpointId && candidate.side === finding.side,
          )
        : undefined;
    if (previous) next.push(previous);
  });
  return { ...body, checkpointFindings: next };
}

/**
 * The document with every value the schema refuses left out, for the live summary: a typo on
 * screen must never turn into a sentence about the client. The document's sections have no checks
 * across them, so each is cleaned on its own and remembered by identity: a key press re-checks
 * only the section it changed.
 */
export function withoutRefused(body: AssessmentBody): AssessmentBody {
  const sections = Object.keys(body).filter((key) => key !== 'schemaVersion');
  const isKnown = (key: string) => Object.hasOwn(assessmentBodySchema.shape, key);
  if (body.schemaVersion !== ASSESSMENT_SCHEMA_VERSION || !sections.every(isKnown)) {
    return cleaned(body) ?? emptyAssessmentBody();
  }
  const result: Record<string, unknown> = { schemaVersion: body.schemaVersion };
  for (const key of sections) {
    const section = cleanSection(key, (body as Record<string, unknown>)[key]);
    if (section === UNFIXABLE) return emptyAssessmentBody();
    if (section !== undefined) result[key] = section;
  }
  return result as AssessmentBody;
}

const UNFIXABLE = Symbol('unfixable');
const cleanedSections = new WeakMap<object, unknown>();

function cleanSection(key: string, value: unknown): unknown {
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && cleanedSections.has(value)) return cleanedSections.get(value);
  const alone = { schemaVersion: ASSESSMENT_SCHEMA_VERSION, [key]: value } as AssessmentBody;
  const body = cleaned(alone);
  const section = body === null ? UNFIXABLE : (body as Record<string, unknown>)[key];
  if (isObject) cleanedSections.set(value, section);
  return section;
}

/** Removes refused values, re-checking up to three times; null when that is not enough. */
function cleaned(body: AssessmentBody): AssessmentBody | null {
  let current = body;
  for (let round = 0; round < 3; round += 1) {
    const parsed = assessmentBodySchema.safeParse(current);
    if (parsed.success) return current;
    const keys = toFieldIssues(parsed.error).map((issue) =>
      `body.${issue.path}`.replace(/\.$/, ''),
    );
    current = holdBack(
      { assessedOn: '', body: current },
      keys,
      { assessedOn: '', body: emptyAssessmentBody() },
      'remove',
    ).body;
  }
  return null;
}
