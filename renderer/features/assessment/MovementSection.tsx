/**
 * The movement screens: the overhead squat from the front, the side and behind, with its two
 * follow-ups, then the single-leg squat on each leg. Every item starts as "Not assessed".
 *
 * `clips` is the video feature's panel (record or add a clip, step through it, keep frames),
 * shown first: she films the squats, then grades them, often from the clip.
 */
import { memo, type ReactNode } from 'react';
import type {
  Compensation,
  FollowUp,
  MovementGrade,
  MovementView,
} from '../../../shared/domain/movement';
import {
  FOLLOW_UPS,
  MOVEMENT_GRADE_LABELS,
  compensationsFor,
  movementScreens,
  movementViewLabels,
} from '../../../shared/domain/movement';
import type { Choice } from './ChoiceGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { NOT_ASSESSED } from './findings';
import { useDocValue, useForm } from './form-context';
import type { MovementSide } from './movement-findings';
import {
  followUpResultOf,
  movementGradeOf,
  withFollowUp,
  withMovementGrade,
} from './movement-findings';
import { Section } from './Section';
import { TextField } from './TextFields';

const GRADE_CHOICES: readonly Choice[] = [
  { value: NOT_ASSESSED, label: 'Not assessed', neutral: true },
  { value: 'none', label: 'Not seen' },
  { value: 'mild', label: 'Mild' },
  { value: 'marked', label: 'Marked' },
];

const FOLLOW_UP_CHOICES: readonly Choice[] = [
  { value: NOT_ASSESSED, label: 'Not done', neutral: true },
  { value: 'better', label: 'Squat improved' },
  { value: 'same', label: 'No change' },
];

const OVERHEAD_VIEWS = movementScreens[0].views;
const LEGS = ['left', 'right'] as const;

export function MovementSection({ clips }: { clips?: ReactNode }) {
  return (
    <Section
      id="movement"
      intro="Watch a few slow repetitions from each view. Everything starts as “Not assessed”; choose “Not seen” when you watched for it and it was not there."
    >
      {clips}
      <div className="ae-movement-screen">
        <h3 className="ae-panel-title">Overhead squat</h3>
        <p className="ae-hint">
          Shoes off, feet hip-width and pointing ahead, arms straight overhead, down to about chair
          height.
        </p>
        {OVERHEAD_VIEWS.map((view) => (
          <div className="ae-movement-view" key={view}>
            <h4 className="ae-movement-view-title">{movementViewLabels[view]}</h4>
            <div className="ae-checkpoints">
              {compensationsFor('overhead-squat', view).map((item) => (
                <OverheadItem key={item.id} item={item} view={view} />
              ))}
            </div>
          </div>
        ))}
        <div className="ae-movement-view">
          <h4 className="ae-movement-view-title">Follow-ups</h4>
          <p className="ae-hint">
            Repeat the squat with one thing changed when something stood out. Whether it improves
            changes the reading in the Summary.
          </p>
          <div className="ae-checkpoints">
            {FOLLOW_UPS.map((item) => (
              <FollowUpRow key={item.id} item={item} />
            ))}
          </div>
        </div>
      </div>
      <div className="ae-movement-screen">
        <h3 className="ae-panel-title">Single-leg squat</h3>
        <p className="ae-hint">
          Hands on the hips, the other foot just off the floor, up to five repetitions on each leg.
        </p>
        {LEGS.map((leg) => (
          <div className="ae-movement-view" key={leg}>
            <h4 className="ae-movement-view-title">Standing on the {leg} leg</h4>
            <div className="ae-checkpoints">
              {compensationsFor('single-leg-squat', 'front').map((item) => (
                <div className="ae-checkpoint" key={item.id}>
                  <GradeRow
                    item={item}
                    side={leg}
                    legend={`${item.label}, standing on the ${leg} leg`}
                    title={item.label}
                  />
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
      <TextField
        path={['movement', 'note']}
        label="Movement notes"
        hint="Pain during a squat, what she said, or anything the grades do not capture."
        multiline
      />
    </Section>
  );
}

function OverheadItem({ item, view }: { item: Compensation; view: MovementView }) {
  const where = movementViewLabels[view].toLowerCase();
  return (
    <div className="ae-checkpoint">
      <div className="ae-checkpoint-head">
        <h5 className="ae-checkpoint-title">{item.label}</h5>
      </div>
      <p className="ae-hint">{item.help}</p>
      {item.sided ? (
        LEGS.map((side) => (
          <GradeRow
            key={side}
            item={item}
            side={side}
            legend={`${item.label}, ${side}, overhead squat ${where}`}
            sideLabel={side === 'left' ? 'Left' : 'Right'}
          />
        ))
      ) : (
        <GradeRow item={item} side={null} legend={`${item.label}, overhead squat ${where}`} />
      )}
    </div>
  );
}

const GradeRow = memo(function GradeRow({
  item,
  side,
  legend,
  sideLabel,
  title,
}: {
  item: Compensation;
  side: MovementSide;
  legend: string;
  sideLabel?: string;
  /** Shown beside the choices when the row is its own item (the single-leg squat). */
  title?: string;
}) {
  const { store, previous } = useForm();
  const grade = useDocValue((doc) => movementGradeOf(doc.body.movement, item.id, side));
  const before = movementGradeOf(previous?.body.movement, item.id, side);
  const name = `ae-movement-${item.id}-${side ?? 'midline'}`.replace(/[^\w-]/g, '_');
  return (
    <div className="ae-grade-row">
      {(sideLabel ?? title) && (
        <span className={title ? 'ae-movement-item' : 'ae-grade-side'} aria-hidden="true">
          {sideLabel ?? title}
        </span>
      )}
      <div className="ae-grade">
        <ChoiceGroup
          name={name}
          legend={legend}
          legendHidden
          choices={GRADE_CHOICES}
          value={grade ?? NOT_ASSESSED}
          after={before && <span className="ae-was">was {MOVEMENT_GRADE_LABELS[before]}</span>}
          onChange={(value) =>
            store.updateBody((body) =>
              withMovementGrade(
                body,
                item.id,
                side,
                value === NOT_ASSESSED ? null : (value as MovementGrade),
              ),
            )
          }
        />
      </div>
    </div>
  );
});

function FollowUpRow({ item }: { item: FollowUp }) {
  const { store, previous } = useForm();
  const result = useDocValue((doc) => followUpResultOf(doc.body.movement, item.id));
  const before = followUpResultOf(previous?.body.movement, item.id);
  return (
    <div className="ae-checkpoint">
      <div className="ae-checkpoint-head">
        <h5 className="ae-checkpoint-title">{item.label}</h5>
      </div>
      <ChoiceGroup
        name={`ae-movement-follow-up-${item.id}`}
        legend={`Overhead squat with ${item.label.toLowerCase()}`}
        legendHidden
        hint={item.help}
        choices={FOLLOW_UP_CHOICES}
        value={result ?? NOT_ASSESSED}
        after={
          before && (
            <span className="ae-was">was {before === 'better' ? 'improved' : 'no change'}</span>
          )
        }
        onChange={(value) =>
          store.updateBody((body) =>
            withFollowUp(
              body,
              item.id,
              value === NOT_ASSESSED ? null : (value as 'better' | 'same'),
            ),
          )
        }
      />
    </div>
  );
}
