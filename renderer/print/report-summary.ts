/** The report's opening paragraph, in plain words a client (and their doctor) can read. */
import type { ClientReportData } from '../../shared/channels/reports';
import {
  assessChange,
  formatSigned,
  type ChainObservation,
  type ScoredAssessment,
} from '../../shared/domain/clinical';

function feetSentence(scored: ScoredAssessment): string | null {
  const { fpiLeft, fpiRight } = scored.feet;
  if (!fpiLeft?.complete || !fpiRight?.complete) return null;
  const word = (label: string | undefined) => (label ?? 'unbanded').toLowerCase();
  if (fpiLeft.band?.category === fpiRight.band?.category) {
    return `Both feet scored in the ${word(fpiLeft.band?.label)} range on the foot posture index (left ${formatSigned(fpiLeft.total)}, right ${formatSigned(fpiRight.total)}).`;
  }
  return `On the foot posture index the left foot scored ${formatSigned(fpiLeft.total)} (${word(fpiLeft.band?.label)}) and the right ${formatSigned(fpiRight.total)} (${word(fpiRight.band?.label)}).`;
}

function postureSentence(findings: readonly ChainObservation[]): string {
  const posture = findings.filter((each) => each.id.startsWith('checkpoint:'));
  if (posture.length === 0) return 'Above the feet, nothing stood out beyond the usual range.';
  const examples = posture.slice(0, 2).map((each) => each.brief);
  const more = posture.length > 2 ? `, and ${posture.length - 2} more noted below` : '';
  return `Above the feet we noted ${examples.join(' and ')}${more}.`;
}

function painSentence(report: ClientReportData): string | null {
  const first = report.history.length > 1 ? report.history[0] : undefined;
  const now = report.history.at(-1)?.painNow ?? null;
  if (now === null) return null;
  if (!first || first.painNow === null) return `Pain today was ${now} out of 10.`;
  const change = assessChange('nprs', first.painNow, now);
  const verdict = change.meetsMcid
    ? 'a change large enough to notice in daily life'
    : change.direction === 'worsened'
      ? 'higher than at the start'
      : 'not yet a change most people would notice';
  return `Pain today was ${now} out of 10, against ${first.painNow} at the first visit: ${verdict}.`;
}

export function summaryParagraph(report: ClientReportData, scored: ScoredAssessment): string {
  const findings = scored.chain.observations.filter((each) => each.isFinding);
  const program = report.program;
  const parts = [
    'We looked at how you stand, starting with your feet and working up.',
    feetSentence(scored),
    postureSentence(findings),
    painSentence(report),
    program && program.items.length > 0
      ? `Your home program has ${program.items.length} exercises, chosen to work on what we found.`
      : null,
  ];
  return parts.filter((part) => part !== null).join(' ');
}
