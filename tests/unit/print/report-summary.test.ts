/** The report's opening says what was done at the visit, from what was recorded that day. */
import { describe, expect, it } from 'vitest';
import {
  openingSentence,
  type RecordedToday,
} from '../../../renderer/features/reports/report-summary';

const nothing: RecordedToday = {
  feet: false,
  posture: false,
  pain: false,
  questionnaire: false,
  photos: false,
};

describe('the opening of the client report', () => {
  it('reads from the feet up only when both feet and posture were looked at', () => {
    expect(openingSentence({ ...nothing, feet: true, posture: true, pain: true })).toBe(
      'We looked at how you stand, starting with your feet and working up.',
    );
    expect(openingSentence({ ...nothing, feet: true })).toBe('We looked at your feet and ankles.');
    expect(openingSentence({ ...nothing, posture: true })).toBe('We looked at how you stand.');
  });

  it('a follow-up that recorded only pain says so, and never that we looked at how she stands', () => {
    const opening = openingSentence({ ...nothing, pain: true });
    expect(opening).toBe('At this visit we checked in on your pain.');
    expect(openingSentence({ ...nothing, pain: true, questionnaire: true })).toBe(
      'At this visit we checked in on your pain and how it affects your everyday activities.',
    );
    expect(openingSentence({ ...nothing, questionnaire: true, photos: true })).toBe(
      'At this visit we checked in on how back pain affects your everyday activities and took photos of how you stand.',
    );
  });

  it('a visit that only watched the squats says so, not that little was recorded', () => {
    expect(openingSentence({ ...nothing, movement: true, pain: true })).toBe(
      'We watched how you move in a few squats.',
    );
    expect(openingSentence({ ...nothing, posture: true, movement: true })).toBe(
      'We looked at how you stand.',
    );
  });

  it('says little was recorded when nothing was', () => {
    expect(openingSentence(nothing)).toBe(
      'Little was recorded at this visit, so this report is short.',
    );
  });
});
