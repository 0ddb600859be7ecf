/** Movement findings are lists in the document; the form addresses them by item and side. */
import type { AssessmentBody } from '../../../shared/domain/clinical';
import type {
  FollowUpId,
  FollowUpResult,
  MovementFinding,
  MovementGrade,
  MovementRecord,
} from '../../../shared/domain/movement';

export type MovementSide = 'left' | 'right' | null;

export function movementGradeOf(
  movement: MovementRecord | null | undefined,
  compensationId: string,
  side: MovementSide,
): MovementGrade | null {
  return (
    movement?.findings?.find(
      (finding) => finding.compensationId === compensationId && finding.side === side,
    )?.grade ?? null
  );
}

/** Sets (or with null removes) one grade; an emptied section is dropped so it reads as before. */
export function withMovementGrade(
  body: AssessmentBody,
  compensationId: string,
  side: MovementSide,
  grade: MovementGrade | null,
): AssessmentBody {
  const others = (body.movement?.findings ?? []).filter(
    (finding) => !(finding.compensationId === compensationId && finding.side === side),
  );
  const findings: MovementFinding[] =
    grade === null ? others : [...others, { compensationId, side, grade }];
  return withMovement(body, { ...body.movement, findings });
}

export function followUpResultOf(
  movement: MovementRecord | null | undefined,
  followUpId: FollowUpId,
): FollowUpResult | null {
  return movement?.followUps?.find((record) => record.followUpId === followUpId)?.result ?? null;
}

export function withFollowUp(
  body: AssessmentBody,
  followUpId: FollowUpId,
  result: FollowUpResult | null,
): AssessmentBody {
  const others = (body.movement?.followUps ?? []).filter(
    (record) => record.followUpId !== followUpId,
  );
  const followUps = result === null ? others : [...others, { followUpId, result }];
  return withMovement(body, { ...body.movement, followUps });
}

function withMovement(body: AssessmentBody, movement: MovementRecord): AssessmentBody {
  const isEmpty =
    (movement?.findings?.length ?? 0) === 0 &&
    (movement?.followUps?.length ?? 0) === 0 &&
    !movement?.note;
  if (!isEmpty) return { ...body, movement };
  const rest = { ...body };
  delete rest.movement;
  return rest;
}
