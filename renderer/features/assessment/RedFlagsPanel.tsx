/** The red-flag screen: any yes puts the referral notice in front of everything else. */
import type { RedFlagAnswers } from '../../../shared/domain/clinical';
import {
  RED_FLAG_QUESTIONS,
  REFERRAL_NOTICE,
  screenRedFlags,
} from '../../../shared/domain/clinical';
import { BoundChoice, yesNo } from './BoundChoice';
import { useBodyValue } from './form-context';
import { Panel } from './Section';

const OPTIONS = yesNo();

export function RedFlagsPanel() {
  const answers = useBodyValue(['redFlags']) as RedFlagAnswers | undefined;
  const screen = screenRedFlags(answers);
  return (
    <Panel title="Red-flag screening">
      <p className="ae-hint">Ask every question. A blank answer is never read as “no”.</p>
      <div className="ae-rows">
        {RED_FLAG_QUESTIONS.map((question) => (
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
      {screen.status === 'refer' && <ReferralNotice />}
      {screen.status === 'incomplete' && <p className="ae-score muted">{screen.notice}</p>}
      {screen.status === 'clear' && <p className="ae-score">All four answered no.</p>}
    </Panel>
  );
}

export function ReferralNotice() {
  const [headline, ...rest] = REFERRAL_NOTICE.split(':');
  return (
    <div className="ae-referral" role="alert">
      <svg
        viewBox="0 0 20 20"
        width="22"
        height="22"
        aria-hidden="true"
        className="ae-referral-icon"
      >
        <path d="M10 2.2 18.6 17H1.4Z" fill="currentColor" />
        <rect x="9.1" y="7.2" width="1.8" height="5.4" rx="0.9" fill="#fff" />
        <circle cx="10" cy="14.6" r="1.1" fill="#fff" />
      </svg>
      <div>
        <p className="ae-referral-title">{headline}</p>
        <p>{sentence(rest.join(':'))}</p>
      </div>
    </div>
  );
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
};

/** At the top of the page whenever the screen says refer, wherever she has scrolled from. */
export function ReferralBanner() {
  const answers = useBodyValue(['redFlags']) as RedFlagAnswers | undefined;
  return screenRedFlags(answers).status === 'refer' ? <ReferralNotice /> : null;
}
