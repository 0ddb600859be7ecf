/**
 * Pain and questionnaire scores beside the client's previous assessment: the change, and whether
 * an improvement reaches the measure's minimal clinically important difference (MCID_RULES, each
 * with its source). A score is compared only with the same measure on the same scale.
 */
import type { AssessmentBody } from './assessment-schema';
import { formatWithUnit } from './format';
import type { ChangeAssessment, ChangeInstrument, McidRule } from './mcid';
import { MCID_RULES, assessChange } from './mcid';
import { scoreOswestry } from './oswestry';
import { isPresent } from './present';
import { scoreRolandMorris } from './roland-morris';
import type { Source } from './sources';
import { START_BACK_RISK_LABELS, START_BACK_THRESHOLDS, scoreStartBack } from './start-back';

export interface ScoreChange {
  readonly id: 'pain-now' | 'pain-worst' | 'odi' | 'rmdq' | 'start-back';
  /** "Pain now", "Oswestry (ODI)"… */
  readonly label: string;
  /** Today's score in words, e.g. "4 out of 10". */
  readonly nowText: string;
  /** Against the previous assessment, or why there is nothing to compare. */
  readonly changeText: string;
  readonly change: ChangeAssessment | null;
  /** The rule the change is judged by; null where the measure has none. */
  readonly rule: McidRule | null;
  readonly source: Source;
}

interface Measured {
  readonly instrument: ChangeInstrument;
  readonly score: number;
}

const points = (value: number): string => formatWithUnit(value, 'points');

/** Whole numbers stay whole; an ODI percentage is shown to one decimal place. */
function scoreText(instrument: ChangeInstrument, score: number): string {
  if (instrument === 'nprs') return `${score} out of 10`;
  if (instrument === 'rmdq') return `${score} out of 24`;
  return formatWithUnit(score, 'percent');
}

function changeSentence(change: ChangeAssessment): string {
  const before = `Last time ${scoreText(change.instrument, change.baseline)}`;
  if (change.direction === 'unchanged') return `${before}: no change.`;
  // ODI changes are percentage points, so every scale's change reads in points.
  const amount = points(Math.abs(change.change));
  if (change.direction === 'worsened') return `${before}: ${amount} worse.`;
  const verdict = change.meetsMcid
    ? 'meets the smallest change that matters to clients'
    : 'short of the smallest change that matters to clients';
  return `${before}: ${amount} better, ${verdict} (${change.rule.ruleText}).`;
}

function cautionsText(change: ChangeAssessment): string {
  return change.cautions.length === 0 ? '' : ` ${change.cautions.join(' ')}`;
}

function compared(
  id: ScoreChange['id'],
  label: string,
  now: Measured,
  previous: Measured | null,
  otherForm: string | null,
): ScoreChange {
  const rule = MCID_RULES[now.instrument];
  const base = {
    id,
    label,
    nowText: scoreText(now.instrument, now.score),
    rule,
    source: rule.source,
  };
  if (otherForm !== null) return { ...base, change: null, changeText: otherForm };
  if (previous === null) {
    return { ...base, change: null, changeText: 'No score last time to compare with.' };
  }
  const change = assessChange(now.instrument, previous.score, now.score);
  return { ...base, change, changeText: `${changeSentence(change)}${cautionsText(change)}` };
}

function painChange(
  id: 'pain-now' | 'pain-worst',
  label: string,
  now: number | null | undefined,
  previous: number | null | undefined,
): ScoreChange | null {
  if (!isPresent(now)) return null;
  const before = isPresent(previous) ? { instrument: 'nprs' as const, score: previous } : null;
  return compared(id, label, { instrument: 'nprs', score: now }, before, null);
}

function oswestryOf(body: AssessmentBody | null): Measured | null {
  const record = body?.oswestry;
  if (!record) return null;
  const score = scoreOswestry(record.sections, record.variant);
  if (!score) return null;
  return {
    instrument: record.variant === 'modified' ? 'modified-odi' : 'odi',
    score: score.percent,
  };
}

function oswestryChange(body: AssessmentBody, previous: AssessmentBody | null): ScoreChange | null {
  const now = oswestryOf(body);
  if (!now) return null;
  const before = oswestryOf(previous);
  // The two versions differ in one section, so their scores are not the same scale.
  const otherForm =
    before && before.instrument !== now.instrument
      ? 'Last time the other version of the Oswestry was used, so the scores are not compared.'
      : null;
  const label = now.instrument === 'odi' ? 'Oswestry (ODI)' : 'Modified Oswestry';
  return compared('odi', label, now, before, otherForm);
}

function rolandMorrisOf(body: AssessmentBody | null): Measured | null {
  const record = body?.rolandMorris;
  if (!record) return null;
  return { instrument: 'rmdq', score: scoreRolandMorris(record.responses).score };
}

function rolandMorrisChange(
  body: AssessmentBody,
  previous: AssessmentBody | null,
): ScoreChange | null {
  const now = rolandMorrisOf(body);
  if (!now) return null;
  return compared('rmdq', 'Roland-Morris', now, rolandMorrisOf(previous), null);
}

function startBackRiskOf(body: AssessmentBody | null): string | null {
  if (!body?.startBack) return null;
  const score = scoreStartBack(body.startBack);
  return score.complete ? START_BACK_RISK_LABELS[score.risk].toLowerCase() : null;
}

/** STarT Back sorts clients into risk groups to guide care; it has no change rule to meet. */
function startBackChange(
  body: AssessmentBody,
  previous: AssessmentBody | null,
): ScoreChange | null {
  const now = startBackRiskOf(body);
  if (now === null) return null;
  const before = startBackRiskOf(previous);
  const changeText =
    (before === null ? 'No risk group last time.' : `Last time ${before}.`) +
    ' It sorts by risk; it has no minimal important change.';
  return {
    id: 'start-back',
    label: 'STarT Back',
    nowText: now,
    changeText,
    change: null,
    rule: null,
    source: START_BACK_THRESHOLDS.source,
  };
}

/**
 * Each pain rating and questionnaire scored today, in form order, with its change since the
 * previous assessment (null when there is none). Measures not scored today are left out: the
 * Summary lists them as not checked.
 */
export function scoreChanges(body: AssessmentBody, previous: AssessmentBody | null): ScoreChange[] {
  return [
    painChange('pain-now', 'Pain now', body.pain?.nprsNow, previous?.pain?.nprsNow),
    painChange(
      'pain-worst',
      'Worst pain in the last week',
      body.pain?.nprsWorstLastWeek,
      previous?.pain?.nprsWorstLastWeek,
    ),
    oswestryChange(body, previous),
    rolandMorrisChange(body, previous),
    startBackChange(body, previous),
  ].filter((line): line is ScoreChange => line !== null);
}
