/**
 * The report's findings reworded for the client who takes it home. The clinical model's sentences
 * are written for the practitioner ("nothing seen", "consider a leg-length check", "confirm with
 * movement tests"); the form keeps using them, the printed report uses these instead.
 */
import type { CAVEATS } from '../../../shared/domain/clinical';
import {
  checkpointById,
  classify,
  formatWithUnit,
  isPresent,
  typicalRangeText,
  type AsymmetryFlag,
  type Caveat,
  type ChainObservation,
  type ChainSide,
  type Checkpoint,
  type CheckpointFinding,
  type FootMeasureId,
  type ViewGroup,
} from '../../../shared/domain/clinical';

const VIEWS: readonly { view: ViewGroup; title: string; from: string }[] = [
  { view: 'anterior', title: 'From the front', from: 'from the front' },
  { view: 'lateral', title: 'From the side', from: 'from the side' },
  { view: 'posterior', title: 'From behind', from: 'from behind' },
];

const SEVERITY_WORDS = { mild: 'slight', marked: 'clear' } as const;

export interface ClientPostureView {
  view: ViewGroup;
  title: string;
  /** What stood out, most marked first. */
  findings: ClientFinding[];
  /** Values recorded that have no agreed normal range: printed with the number, never judged. */
  unjudged: ClientFinding[];
  /** What to say for everything that looked as expected; null when nothing else was checked. */
  quiet: string | null;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function subjectOf(checkpoint: Checkpoint, side: ChainSide): string {
  if (checkpoint.sideness === 'midline') return capitalised(checkpoint.part);
  if (side === 'both') return `Both ${checkpoint.partPlural ?? checkpoint.part}`;
  return `${capitalised(side)} ${checkpoint.part}`;
}

/** The recorded finding behind an observation; "both" lines were merged from two equal sides. */
function findingOf(
  findings: readonly CheckpointFinding[],
  checkpoint: Checkpoint,
  side: ChainSide,
): CheckpointFinding | undefined {
  const wanted = side === 'both' ? 'left' : side === 'midline' ? null : side;
  return findings.find(
    (each) => each.checkpointId === checkpoint.id && (wanted === null || each.side === wanted),
  );
}

/** "tilt from level 1.5°, a little more than the usual 0° to 1.2°" — a number, never advice. */
function measuredPhrase(checkpoint: Checkpoint, finding: CheckpointFinding): string | null {
  const measurement = checkpoint.measurement;
  if (!measurement || !isPresent(finding.valueDeg)) return null;
  const value = `${measurement.label.toLowerCase()} ${formatWithUnit(finding.valueDeg, 'deg')}`;
  if (!measurement.bands) return value;
  const usual = typicalRangeText(measurement.bands, (edge) => formatWithUnit(edge, 'deg'));
  if (usual === null) return value;
  const outside = classify(measurement.bands, finding.valueDeg)?.isFinding ?? false;
  return `${value}, ${outside ? 'outside' : 'within'} the usual ${usual}`;
}

export interface ClientFinding {
  /** The full line, e.g. "Right knee drifts inward (valgus) — slight". */
  line: string;
  /** Short, without clinical terms, for the summary, e.g. "right knee drifts inward". */
  phrase: string;
  marked: boolean;
}

const withoutBrackets = (text: string) => text.replace(/\s*\([^)]*\)/g, '');
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

export function clientFinding(
  checkpoint: Checkpoint,
  side: ChainSide,
  finding: CheckpointFinding,
): ClientFinding {
  const subject = subjectOf(checkpoint, side);
  const deviation = checkpoint.deviations.find(
    (option) => option.id === (finding.deviation ?? checkpoint.deviations[0]?.id),
  );
  const severity =
    finding.severity === 'mild' || finding.severity === 'marked'
      ? SEVERITY_WORDS[finding.severity]
      : null;
  const measured = measuredPhrase(checkpoint, finding);
  const marked = finding.severity === 'marked';
  if (severity && deviation) {
    const seen = `${subject} ${deviation.label}`;
    return {
      line: `${seen} — ${severity}${measured ? `; ${measured}` : ''}`,
      phrase: lowerFirst(withoutBrackets(seen)),
      marked,
    };
  }
  const line = measured ? `${subject}: ${measured}` : subject;
  return { line, phrase: lowerFirst(withoutBrackets(line.split(',')[0] ?? line)), marked };
}

/** Said beside a number that has no agreed normal range, so it is neither praised nor faulted. */
export const NO_NORMAL_RANGE = 'no agreed normal range, so recorded without a verdict';

/** "Right shoulder: tilt from level 6° (no agreed normal range, …)". */
export function unjudgedFinding(
  checkpoint: Checkpoint,
  side: ChainSide,
  finding: CheckpointFinding,
): ClientFinding {
  const subject = subjectOf(checkpoint, side);
  const measurement = checkpoint.measurement;
  const value =
    measurement && isPresent(finding.valueDeg)
      ? `${measurement.label.toLowerCase()} ${formatWithUnit(finding.valueDeg, 'deg')}`
      : checkpoint.label.toLowerCase();
  return {
    line: `${subject}: ${value} (${NO_NORMAL_RANGE})`,
    phrase: `${lowerFirst(subject)} ${value}`,
    marked: false,
  };
}

const byMarkedFirst = (a: ChainObservation, b: ChainObservation) =>
  (a.severity === 'marked' ? 0 : 1) - (b.severity === 'marked' ? 0 : 1);

/**
 * The standing-posture findings by view. Only what stood out is listed; everything that was
 * checked and looked as expected is summed up in one line, never listed point by point.
 */
export function clientPostureByView(
  observations: readonly ChainObservation[],
  findings: readonly CheckpointFinding[],
): ClientPostureView[] {
  return VIEWS.flatMap(({ view, title, from }) => {
    const inView = observations.flatMap((observation) => {
      if (!observation.id.startsWith('checkpoint:')) return [];
      const checkpoint = checkpointById(observation.id.slice('checkpoint:'.length));
      return checkpoint?.view === view ? [{ observation, checkpoint }] : [];
    });
    if (inView.length === 0) return [];
    const standOut = inView
      .filter(({ observation }) => observation.isFinding)
      .sort((a, b) => byMarkedFirst(a.observation, b.observation));
    const seen = standOut.flatMap(({ observation, checkpoint }) => {
      const finding = findingOf(findings, checkpoint, observation.side);
      return finding ? [clientFinding(checkpoint, observation.side, finding)] : [];
    });
    const unjudged = inView
      .filter(({ observation }) => observation.verdict === 'no-threshold')
      .flatMap(({ observation, checkpoint }) => {
        const finding = findingOf(findings, checkpoint, observation.side);
        return finding ? [unjudgedFinding(checkpoint, observation.side, finding)] : [];
      });
    const typicalCount = inView.filter(
      ({ observation }) => observation.verdict === 'typical',
    ).length;
    const quiet =
      typicalCount === 0
        ? null
        : seen.length === 0 && unjudged.length === 0
          ? `Nothing notable was seen ${from}.`
          : `Everything else we checked ${from} looked as expected.`;
    return [{ view, title, findings: seen, unjudged, quiet }];
  });
}

/**
 * Each foot measure as it reads mid-sentence. Lower-casing the form's labels would also lower the
 * instrument names in them ("(rcsp)", "(manchester)"), so each is written out. A Record over every
 * id, so a measure added to the model must be given its wording here.
 */
export const FOOT_MEASURE_IN_SENTENCE: Record<FootMeasureId, string> = {
  fpi6: 'FPI-6',
  arch: 'arch',
  navicularDrop: 'navicular drop',
  rcsp: 'heel angle in stance (RCSP)',
  helbingSign: 'Helbing’s sign',
  footProgression: 'foot progression angle',
  kneeToWall: 'knee-to-wall lunge',
  firstMtp: 'big-toe upward bend',
  halluxValgus: 'hallux valgus (Manchester scale)',
  calluses: 'calluses',
};

const listed = (names: readonly string[]) =>
  names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Where the two feet differ by more than measurement error, in one sentence; null when they do
 * not. A limit the reference has not confirmed says so.
 */
export function asymmetrySentence(flags: readonly AsymmetryFlag[]): string | null {
  const names = [
    ...new Set(
      flags.map(
        (flag) =>
          `${FOOT_MEASURE_IN_SENTENCE[flag.measure]}${flag.rule.verified ? '' : ' (by a limit not yet confirmed)'}`,
      ),
    ),
  ];
  if (names.length === 0) return null;
  return `Your left and right feet differed by more than measurement error can explain in: ${listed(names)}. Small differences between the two sides are normal, so only these are pointed out.`;
}

/** The one line that says what was not checked at this visit; null when everything was. */
export function notCheckedLine(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  return `Not checked today: ${listed(items)}.`;
}

type CaveatId = (typeof CAVEATS)[keyof typeof CAVEATS]['id'];

/**
 * Each caveat of the clinical model as the client should read it, or null where it speaks to the
 * practitioner only (muscle lists, which the report does not print) or repeats the page.
 * A Record over every id, so a caveat added to the model must be given client wording here.
 */
export const CLIENT_CAVEATS: Record<CaveatId, string | null> = {
  'static-posture-is-not-a-diagnosis':
    'A standing posture check shows how you stood on one day. It is not a medical diagnosis, and posture alone does not explain pain: many people whose posture is far from the textbook picture have no pain at all.',
  'small-asymmetries-are-normal':
    'Small differences between your left and right side are normal, so we only point out the ones beyond the usual range.',
  'typical-foot-is-slightly-pronated': null,
  'navicular-drop-is-unreliable':
    'The arch-drop measure (navicular drop) varies from day to day, so we rely more on the foot posture index.',
  'foot-low-back-pain-link-is-modest':
    'How your feet stand is only one of many things that can play a part in back pain.',
  'no-table-for-supination': null,
  'muscle-lists-are-hypotheses': null,
  'squats-are-rated-by-eye':
    'The squats were watched by eye, which shows how you moved on the day; two people watching may see it a little differently.',
};

export function clientCaveats(caveats: readonly Caveat[]): string[] {
  return caveats.flatMap((caveat) => {
    const text = CLIENT_CAVEATS[caveat.id as CaveatId] as string | null | undefined;
    return text ? [text] : [];
  });
}
