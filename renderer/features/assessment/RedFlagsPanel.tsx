/**
 * The red-flag screen, its questions grouped by how soon a yes needs a doctor. An emergency yes
 * raises a notice that cannot be missed, here and at the top of the page, for as long as the
 * answer stays yes; urgent and caution answers show their own calmer notes.
 */
import type { RedFlagAnswers, RedFlagScreen, RedFlagTier } from '../../../shared/domain/clinical';
import {
  RED_FLAG_GROUPS,
  RED_FLAG_QUESTIONS,
  RED_FLAG_TIER_INFO,
  screenRedFlags,
} from '../../../shared/domain/clinical';
import { BoundChoice, yesNo } from './BoundChoice';
import { useBodyValue } from './form-context';
import { Panel } from './Section';

const OPTIONS = yesNo();

function useRedFlagScreen(): RedFlagScreen {
  const answers = useBodyValue(['redFlags']) as RedFlagAnswers | undefined;
  return screenRedFlags(answers);
}

export function RedFlagsPanel() {
  const screen = useRedFlagScreen();
  return (
    <Panel title="Red-flag screening">
      <p className="ae-hint">
        Ask every question. A blank answer is never read as “no”. The questions are grouped by how
        soon a yes needs a doctor.
      </p>
      {RED_FLAG_GROUPS.map(({ info, questions }) => {
        const headingId = `ae-redflags-${info.tier}`;
        return (
          <section
            key={info.tier}
            className={`ae-redflag-group ae-redflag-group-${info.tier}`}
            aria-labelledby={headingId}
          >
            <h4 className="ae-redflag-group-title" id={headingId}>
              {info.groupTitle}
            </h4>
            <p className="ae-hint">{info.groupHint}</p>
            <div className="ae-rows">
              {questions.map((question) => (
                <BoundChoice
                  key={question.id}
                  path={['redFlags', question.id]}
                  legend={question.label}
                  hint={question.help}
                  options={OPTIONS}
                  className="ae-row-choice ae-row-inline"
                />
              ))}
            </div>
            {screen.tier === info.tier && <RedFlagNotice tier={info.tier} />}
          </section>
        );
      })}
      <ScreenProgress screen={screen} />
    </Panel>
  );
}

function ScreenProgress({ screen }: { screen: RedFlagScreen }) {
  const total = RED_FLAG_QUESTIONS.length;
  if (screen.status === 'clear') return <p className="ae-score">All {total} answered no.</p>;
  if (screen.unanswered.length === 0) return null;
  return (
    <p className="ae-score muted">
      {screen.unanswered.length} of {total} questions have no answer yet.
      {screen.status === 'incomplete' && ` ${screen.notice}`}
    </p>
  );
}

/**
 * What a tier asks for and how soon, with words to say to the client. Only the emergency notice
 * interrupts (role="alert"); the others are announced politely.
 */
export function RedFlagNotice({ tier }: { tier: RedFlagTier }) {
  const info = RED_FLAG_TIER_INFO[tier];
  return (
    <div
      className={`ae-referral ae-referral-${tier}`}
      role={tier === 'emergency' ? 'alert' : 'status'}
    >
      {tier === 'caution' ? null : <WarningIcon />}
      <div className="ae-referral-text">
        <p className="ae-referral-title">{info.title}</p>
        <p>{info.action}</p>
        <p className="ae-referral-say">
          <strong>You could say:</strong> “{info.sayToClient}”
        </p>
      </div>
    </div>
  );
}

function WarningIcon() {
  return (
    <svg viewBox="0 0 20 20" width="22" height="22" aria-hidden="true" className="ae-referral-icon">
      <path d="M10 2.2 18.6 17H1.4Z" fill="currentColor" />
      <rect x="9.1" y="7.2" width="1.8" height="5.4" rx="0.9" fill="#fff" />
      <circle cx="10" cy="14.6" r="1.1" fill="#fff" />
    </svg>
  );
}

/** The notice for the highest tier answered yes, read from the form; nothing when none is. */
export function ReferralNotice() {
  const { tier } = useRedFlagScreen();
  return tier === null ? null : <RedFlagNotice tier={tier} />;
}

/**
 * At the top of the page whenever an answer asks for a doctor (emergency or urgent), wherever
 * she has scrolled from, for as long as the answer stays yes.
 */
export function ReferralBanner() {
  const screen = useRedFlagScreen();
  return screen.status === 'refer' ? (
    <div className="ae-referral-banner">
      <RedFlagNotice tier={screen.tier} />
    </div>
  ) : null;
}
