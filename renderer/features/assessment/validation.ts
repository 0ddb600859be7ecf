/**
 * The form checks the document with the very schema main uses, and never lets one bad field stop
 * the rest from saving: each refused value is held back (the last saved value for that field is
 * sent instead) while the practitioner sees the message beside the field.
 */
import { contract } from '../../../shared/contract';
import type { AssessmentBody, CheckpointFinding } from '../../../shared/domain/clinical';
import { assessmentBodySchema, emptyAssessmentBody } from '../../../shared/domain/clinical';
import { toFieldIssues } from '../../../shared/validation';
import type { FormDoc } from './form-store';
import type { PathKey } from './paths';
import { bodyPathOf, getAt, setAt } from './paths';

export const NOT_A_NUMBER = 'Enter a number, for example 12 or 4.5.';

const saveRequest = contract['assessments:saveDraft'].request;

export interface SavedContent {
  readonly assessedOn: string;
  readonly body: AssessmentBody;
}

/** What main would say about this document, by issue key. */
function schemaIssues(id: string, revision: number, content: SavedContent): Record<string, string> {
  const parsed = saveRequest.safeParse({ id, revision, ...content });
  if (parsed.success) return {};
  const byKey: Record<string, string> = {};
  for (const issue of toFieldIssues(parsed.error)) byKey[issue.path] ??= issue.message;
  return byKey;
}

export function validator(id: string, revision: number) {
  return (doc: FormDoc): Record<string, string> => {
    const issues = schemaIssues(id, revision, { assessedOn: doc.assessedOn, body: doc.body });
    for (const key of Object.keys(doc.unparsed)) issues[key] = NOT_A_NUMBER;
    return issues;
  };
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
 */
export function savableContent(
  id: string,
  revision: number,
  doc: FormDoc,
  lastSaved: SavedContent,
  alsoRefused: readonly string[] = [],
): Savable {
  let content: SavedContent = { assessedOn: doc.assessedOn, body: doc.body };
  let keys = [...new Set([...Object.keys(schemaIssues(id, revision, content)), ...alsoRefused])];
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
 * screen must never turn into a sentence about the client.
 */
export function withoutRefused(body: AssessmentBody): AssessmentBody {
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
  return emptyAssessmentBody();
}
