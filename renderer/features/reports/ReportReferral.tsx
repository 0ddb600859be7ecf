/**
 * The referral printed for the client when a red-flag answer is yes: what to do and how soon, in
 * plain words, without the questions or any clinical term. Nothing is printed when the screen is
 * clear, incomplete without a yes, or never asked.
 */
import type { RedFlagTier } from '../../../shared/domain/clinical';
import { RED_FLAG_TIER_INFO } from '../../../shared/domain/clinical';

export function ReportReferral({ tier }: { tier: RedFlagTier | null }) {
  if (tier === null) return null;
  const info = RED_FLAG_TIER_INFO[tier];
  return (
    <aside
      className={`red-flag red-flag-${tier} keep-together`}
      role="note"
      aria-labelledby="referral-title"
    >
      <h2 id="referral-title">{info.clientTitle}</h2>
      <p>{info.clientText}</p>
    </aside>
  );
}
