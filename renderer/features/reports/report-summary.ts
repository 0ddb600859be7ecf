/**
 * The report's opening paragraph, written to the client as a studio would write it: what we
 * looked at, what stood out, how things have changed, what comes next, and what it is not.
 */
import type { ClientReportData } from '../../../shared/channels/reports';
import { assessChange, formatSigned, type ScoredAssessment } from '../../../shared/domain/clinical';
import { formatCalendarDate } from '../../lib/format';
import type { ClientPostureView } from './client-wording';

/** At most this many points are named; the rest are in the list below the summary. */
const NAMED_IN_SUMMARY = 3;

function feetSentence(scored: ScoredAssessment): string | null {
  const { fpiLeft, fpiRight } = scored.feet;
  if (!fpiLeft?.complete || !fpiRight?.complete) return null;
  const word = (label: string | undefined) => (label ?? 'unbanded').toLowerCase();
  if (fpiLeft.band?.category === fpiRight.band?.category) {
    return `On the foot posture index, both feet scored in the ${word(fpiLeft.band?.label)} range (left ${formatSigned(fpiLeft.total)}, right ${formatSigned(fpiRight.total)}).`;
  }
  return `On the foot posture index, your left foot scored ${formatSigned(fpiLeft.total)} (${word(fpiLeft.band?.label)}) and your right ${formatSigned(fpiRight.total)} (${word(fpiRight.band?.label)}).`;
}

function postureSentence(views: readonly ClientPostureView[]): string | null {
  if (views.length === 0) return null;
  const all = views.flatMap((view) => view.findings);
  const unjudged = views.flatMap((view) => view.unjudged).map((finding) => finding.phrase);
  if (all.length === 0 && unjudged.length > 0)
    return `Standing, nothing was outside a usual range; we also measured ${unjudged.join('; ')}, ${unjudged.length === 1 ? 'which has no agreed normal range, so it is' : 'which have no agreed normal range, so they are'} noted without a verdict.`;
  if (all.length === 0) return 'Standing, nothing stood out beyond the usual range.';
  const named = [...all]
    .sort((a, b) => Number(b.marked) - Number(a.marked))
    .slice(0, NAMED_IN_SUMMARY)
    .map((finding) => finding.phrase);
  const more = all.length - named.length;
  const rest =
    more > 0 ? `, with ${more} smaller ${more === 1 ? 'point' : 'points'} listed below` : '';
  return `Standing, the main things we noticed were: ${named.join('; ')}${rest}.`;
}

function painSentence(report: ClientReportData): string | null {
  const first = report.history.length > 1 ? report.history[0] : undefined;
  const now = report.history.at(-1)?.painNow ?? null;
  if (now === null) return null;
  if (!first || first.painNow === null) return `You rated your pain today ${now} out of 10.`;
  const change = assessChange('nprs', first.painNow, now);
  const verdict = change.meetsMcid
    ? 'a change large enough to notice in daily life'
    : change.direction === 'worsened'
      ? 'higher than when we started, so we will look at this together'
      : 'not yet a change most people would notice';
  return `You rated your pain today ${now} out of 10, against ${first.painNow} at your first visit: ${verdict}.`;
}

function programSentence(report: ClientReportData, scored: ScoredAssessment): string | null {
  const count = report.program?.items.length ?? 0;
  if (count === 0) return null;
  if (scored.chain.redFlags.status === 'refer')
    return 'Please do what the note at the top of this report says before you start your home program.';
  const exercises = count === 1 ? 'one exercise' : `${count} exercises`;
  return `Your home program has ${exercises}, chosen to work on these points; your handout shows how to do each one.`;
}

export function summaryParagraph(
  report: ClientReportData,
  scored: ScoredAssessment,
  posture: readonly ClientPostureView[],
): string {
  const parts = [
    `Thank you for coming in on ${formatCalendarDate(report.assessment.assessedOn)}. We looked at how you stand, starting with your feet and working up.`,
    feetSentence(scored),
    postureSentence(posture),
    painSentence(report),
    programSentence(report, scored),
    'This is a picture of how you stood on the day, not a medical diagnosis.',
  ];
  return parts.filter((part) => part !== null).join(' ');
}
