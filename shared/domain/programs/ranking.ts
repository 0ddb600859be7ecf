/**
 * How a specialist orders what to do first, as rules a test can check one by one:
 *   1. red flags suppress everything (handled before ranking, in suggest.ts);
 *   2. severity: an exercise for a marked finding before one for a mild finding;
 *   3. relation to the complaint: at the complaint's link of the chain (or just below it), then
 *      further down the chain toward it, then past it;
 *   4. feet first: the lower in the body its finding, the earlier (rule order is feet up);
 *   5. strength of evidence: a verified source first, then more findings agreeing on it.
 * The default program is at most six, and it covers every marked finding before any mild one.
 */
import type { ComplaintRelation, ComplaintTarget } from '../clinical';
import { REGIONS_FEET_UP, relationToComplaint } from '../clinical';
import type { Finding, FindingSeverity } from './findings';

/** Above this many exercises adherence drops (clinical-reference §1e); the wording says "six". */
export const DEFAULT_PROGRAM_SIZE = 6;

export interface Candidate {
  readonly exerciseId: string;
  readonly name: string;
  /** Index of the first (lowest in the body) rule that suggested it. */
  readonly firstRule: number;
  readonly ruleIds: ReadonlySet<string>;
  /** Every finding its rules matched. */
  readonly findings: readonly Finding[];
  /** At least one of the rules behind it has a verified source. */
  readonly verified: boolean;
  /** Its place in the library, the last tie-break. */
  readonly libraryIndex: number;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { marked: 0, mild: 1 };
const RELATION_ORDER: Record<ComplaintRelation, number> = {
  at: 0,
  below: 1,
  'no-complaint': 1,
  above: 2,
};

export interface FindingRank {
  readonly severity: number;
  readonly relation: number;
  readonly region: number;
}

export function rankFinding(finding: Finding, target: ComplaintTarget | null): FindingRank {
  return {
    severity: SEVERITY_ORDER[finding.severity],
    relation: RELATION_ORDER[relationToComplaint(finding.region, target)],
    region: REGIONS_FEET_UP.indexOf(finding.region),
  };
}

const compareRanks = (a: FindingRank, b: FindingRank): number =>
  a.severity - b.severity || a.relation - b.relation || a.region - b.region;

/** A candidate stands where its most pressing finding stands. */
export function bestRank(candidate: Candidate, target: ComplaintTarget | null): FindingRank {
  return candidate.findings
    .map((finding) => rankFinding(finding, target))
    .reduce((best, rank) => (compareRanks(rank, best) < 0 ? rank : best));
}

/** The order of rules 2–5 above, as one comparison. */
export function rankOrder(target: ComplaintTarget | null) {
  return (a: Candidate, b: Candidate): number =>
    compareRanks(bestRank(a, target), bestRank(b, target)) ||
    a.firstRule - b.firstRule ||
    Number(b.verified) - Number(a.verified) ||
    b.ruleIds.size - a.ruleIds.size ||
    a.libraryIndex - b.libraryIndex;
}

export const findingKey = (finding: Finding): string => `${finding.observationId}:${finding.side}`;

export interface Selection {
  /** The default program, in rank order. */
  readonly chosen: readonly Candidate[];
  /** The rest, in rank order, each with why it was left out. */
  readonly rest: readonly { readonly candidate: Candidate; readonly reason: string }[];
}

const covers = (candidate: Candidate, key: string) =>
  candidate.findings.some((finding) => findingKey(finding) === key);

/**
 * Picks the default program from ranked candidates: first one exercise for each marked finding
 * (most pressing first), then one for each mild finding, then the best-ranked of the rest, up to
 * `size` in all.
 */
export function selectDefault(
  ranked: readonly Candidate[],
  target: ComplaintTarget | null,
  size = DEFAULT_PROGRAM_SIZE,
): Selection {
  const chosen = new Set<Candidate>();
  const findings = new Map<string, Finding>();
  for (const candidate of ranked) {
    for (const finding of candidate.findings) findings.set(findingKey(finding), finding);
  }
  const byNeed = [...findings.entries()].sort(([, a], [, b]) =>
    compareRanks(rankFinding(a, target), rankFinding(b, target)),
  );
  for (const [key] of byNeed) {
    if (chosen.size >= size) break;
    if ([...chosen].some((candidate) => covers(candidate, key))) continue;
    const best = ranked.find((candidate) => !chosen.has(candidate) && covers(candidate, key));
    if (best) chosen.add(best);
  }
  for (const candidate of ranked) {
    if (chosen.size >= size) break;
    chosen.add(candidate);
  }
  const inOrder = ranked.filter((candidate) => chosen.has(candidate));
  return {
    chosen: inOrder,
    rest: ranked
      .filter((candidate) => !chosen.has(candidate))
      .map((candidate) => ({ candidate, reason: leftOutReason(candidate, inOrder, target) })),
  };
}

const listNames = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Why an exercise is not in the default program, in plain words. */
function leftOutReason(
  candidate: Candidate,
  chosen: readonly Candidate[],
  target: ComplaintTarget | null,
): string {
  const sharing = chosen.filter((other) =>
    candidate.findings.some((finding) => covers(other, findingKey(finding))),
  );
  const allCovered = candidate.findings.every((finding) =>
    chosen.some((other) => covers(other, findingKey(finding))),
  );
  if (allCovered && sharing.length > 0) {
    return `What it works on is already covered by ${listNames(sharing.slice(0, 2).map((other) => other.name))} in the top six.`;
  }
  const mine = bestRank(candidate, target);
  const worst = chosen.map((other) => bestRank(other, target));
  if (worst.some((rank) => rank.severity < mine.severity)) {
    return 'Its finding is mild; the top six went to marked findings first.';
  }
  if (worst.some((rank) => rank.relation < mine.relation)) {
    return 'Its finding is further from the complaint than those in the top six.';
  }
  return 'The top six went to findings lower in the chain, read from the feet up.';
}
