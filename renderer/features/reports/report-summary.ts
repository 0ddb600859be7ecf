/**
 * The report's opening paragraph, written to the client as a studio would write it: what we
 * looked at, what stood out, how things have changed, what comes next, and what it is not.
 */
import type { ClientReportData } from '../../../shared/channels/reports';
import { assessChange, formatSigned, type ScoredAssessment } from '../../../shared/domain/clinical';
import { formatCalendarDate, formatDayOf } from '../../lib/format';
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

export const exerciseCount = (count: number): string =>
  count === 1 ? 'one exercise' : `${count} exercises`;

function programSentence(report: ClientReportData, scored: ScoredAssessment): string | null {
  const { program } = report;
  const count = program?.items.length ?? 0;
  if (!program || count === 0) return null;
  if (scored.chain.redFlags.status === 'refer')
    return 'Please do what the note at the top of this report says before you go on with your home program.';
  if (!report.programFromThisVisit)
    return `Keep going with your home program, “${program.title}” (${exerciseCount(count)}, started on ${formatDayOf(program.createdAt)}); your handout shows how to do each one.`;
  return `Your home program has ${exerciseCount(count)}, chosen to work on these points; your handout shows how to do each one.`;
}

/** What was recorded at the visit, so the opening says what was done that day and no more. */
export interface RecordedToday {
  feet: boolean;
  posture: boolean;
  pain: boolean;
  questionnaire: boolean;
  photos: boolean;
  /** A squat was graded (the movement screens). */
  movement?: boolean;
}

/** The sentence after the thank-you: what we did at this visit, from what was recorded. */
export function openingSentence(recorded: RecordedToday): string {
  if (recorded.feet && recorded.posture)
    return 'We looked at how you stand, starting with your feet and working up.';
  if (recorded.feet) return 'We looked at your feet and ankles.';
  if (recorded.posture) return 'We looked at how you stand.';
  if (recorded.movement) return 'We watched how you move in a few squats.';
  const asked =
    recorded.pain && recorded.questionnaire
      ? 'checked in on your pain and how it affects your everyday activities'
      : recorded.pain
        ? 'checked in on your pain'
        : recorded.questionnaire
          ? 'checked in on how back pain affects your everyday activities'
          : null;
  const done = [asked, recorded.photos ? 'took photos of how you stand' : null].filter(
    (part) => part !== null,
  );
  if (done.length === 0) return 'Little was recorded at this visit, so this report is short.';
  return `At this visit we ${done.join(' and ')}.`;
}

/** The squats' points in one sentence, most marked first; null when nothing stood out. */
function movementSentence(lines: readonly string[]): string | null {
  if (lines.length === 0) return null;
  const named = lines
    .slice(0, NAMED_IN_SUMMARY)
    .map((line) => `${line.charAt(0).toLowerCase()}${line.slice(1).replace(/\.$/, '')}`);
  const more = lines.length - named.length;
  const rest =
    more > 0 ? `, with ${more} smaller ${more === 1 ? 'point' : 'points'} listed below` : '';
  return `In the squats, we noticed that ${named.join('; ')}${rest}.`;
}

export function summaryParagraph(
  report: ClientReportData,
  scored: ScoredAssessment,
  posture: readonly ClientPostureView[],
  recorded: RecordedToday,
  /** What stood out in the squats, in the client's words, most marked first. */
  movementLines: readonly string[] = [],
): string {
  const parts = [
    `Thank you for coming in on ${formatCalendarDate(report.assessment.assessedOn)}.`,
    openingSentence(recorded),
    feetSentence(scored),
    postureSentence(posture),
    movementSentence(movementLines),
    painSentence(report),
    programSentence(report, scored),
    recorded.feet || recorded.posture
      ? 'This is a picture of how you stood on the day, not a medical diagnosis.'
      : 'This report is not a medical diagnosis.',
  ];
  return parts.filter((part) => part !== null).join(' ');
}
