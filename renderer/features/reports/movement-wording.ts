/**
 * The movement screens in the client's words: what stood out in each squat, how clearly, and the
 * follow-ups that helped. A screen with nothing recorded says it was not checked.
 */
import type { Compensation, MovementRecord } from '../../../shared/domain/movement';
import { COMPENSATIONS, FOLLOW_UPS, movementScreens } from '../../../shared/domain/movement';
import type { MovementScreen } from '../../../shared/domain/movement';

export interface ClientMovementScreen {
  readonly screen: MovementScreen;
  readonly title: string;
  /** What stood out, most marked first; empty when nothing did. */
  readonly lines: readonly string[];
  /** What to say when nothing stood out, or when the screen was not checked; null otherwise. */
  readonly quiet: string | null;
}

const TITLES: Record<MovementScreen, string> = {
  'overhead-squat': 'Squat with arms overhead',
  'single-leg-squat': 'Squat on one leg',
};

const HOW_CLEARLY = { mild: 'a little', marked: 'clearly' } as const;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function phrase(item: Compensation, side: 'left' | 'right' | 'both' | null): string {
  if (item.screen === 'single-leg-squat') {
    const leg = side === 'both' ? 'each leg' : `your ${side ?? ''} leg`;
    return `standing on ${leg}, ${item.clientWords}`;
  }
  if (side === 'both') return item.clientBoth ?? item.clientWords.replace('{side} ', '');
  return item.clientWords.replace('{side}', side ?? '');
}

function screenLines(movement: MovementRecord, screen: MovementScreen) {
  const findings = (movement.findings ?? []).filter(
    (finding) =>
      (COMPENSATIONS as readonly Compensation[]).find((item) => item.id === finding.compensationId)
        ?.screen === screen,
  );
  const lines: { text: string; marked: boolean }[] = [];
  for (const item of COMPENSATIONS as readonly Compensation[]) {
    if (item.screen !== screen) continue;
    const mine = findings.filter(
      (finding) => finding.compensationId === item.id && finding.grade !== 'none',
    );
    const left = mine.find((finding) => finding.side === 'left');
    const right = mine.find((finding) => finding.side === 'right');
    const pairs =
      left && right && left.grade === right.grade
        ? [{ side: 'both' as const, grade: left.grade }]
        : mine.map((finding) => ({ side: finding.side, grade: finding.grade }));
    for (const { side, grade } of pairs) {
      if (grade === 'none') continue;
      lines.push({
        text: sentence(`${phrase(item, side)} ${HOW_CLEARLY[grade]}`),
        marked: grade === 'marked',
      });
    }
  }
  // Stable: within the same grade the feet-up catalogue order stays.
  lines.sort((a, b) => Number(b.marked) - Number(a.marked));
  return { recorded: findings.length > 0, lines: lines.map((line) => line.text) };
}

/** Null when nothing was graded in the squats: the report reads as it always did. */
export function clientMovement(
  movement: MovementRecord | null | undefined,
): { screens: ClientMovementScreen[]; followUps: string[] } | null {
  // A note alone is hers, not the client's: with nothing graded the report reads as before.
  if (
    !movement ||
    ((movement.findings?.length ?? 0) === 0 && (movement.followUps?.length ?? 0) === 0)
  )
    return null;
  const helped = FOLLOW_UPS.filter((item) =>
    movement.followUps?.some(
      (record) => record.followUpId === item.id && record.result === 'better',
    ),
  ).map((item) => item.clientBetter);
  const screens = movementScreens.map(({ id }) => {
    const { recorded, lines } = screenLines(movement, id);
    const followUpsDone = id === 'overhead-squat' && (movement.followUps?.length ?? 0) > 0;
    const quiet =
      !recorded && !followUpsDone
        ? 'Not checked at this visit.'
        : lines.length === 0
          ? 'Nothing stood out.'
          : null;
    return { screen: id, title: TITLES[id], lines, quiet };
  });
  return { screens, followUps: helped };
}
