import { type ExercisePhase, phaseLabels } from '../../../shared/domain/exercises';

export function PhaseBadge({ phase }: { phase: ExercisePhase | null }) {
  if (!phase) return null;
  return <span className={`badge phase-badge phase-${phase}`}>{phaseLabels[phase]}</span>;
}
