import { describe, expect, it } from 'vitest';
import { UncertainSaves } from '../../../main/services/uncertain-saves';

const S0 = '2026-12-06T10:00:00.000Z';
const S1 = '2026-12-06T10:00:01.000Z';
const S2 = '2026-12-06T10:00:03.000Z';
const S3 = '2026-12-06T10:00:05.000Z';

describe('saves whose answer the connection lost', () => {
  it('knows the draft moved on by her own unanswered save', () => {
    const saves = new UncertainSaves();
    saves.remember('a', 1, S0, S1);
    expect(saves.ownStampAfter('a', 1, S0, S1)).toBe(S1);
  });

  it('still knows it after later retries from the same stamp were lost too', () => {
    // The first save landed; the retries while the server was away each started from S0 again.
    const saves = new UncertainSaves();
    saves.remember('a', 1, S0, S1);
    saves.remember('a', 1, S0, S2);
    saves.remember('a', 1, S0, S3);
    expect(saves.ownStampAfter('a', 1, S0, S1)).toBe(S1);
    expect(saves.ownStampAfter('a', 1, S0, S3)).toBe(S3);
  });

  it('follows one unanswered save made on top of another', () => {
    const saves = new UncertainSaves();
    saves.remember('a', 1, S0, S1);
    saves.remember('a', 1, S1, S2);
    expect(saves.ownStampAfter('a', 1, S0, S2)).toBe(S2);
  });

  it('treats any other stamp as someone else’s save', () => {
    const saves = new UncertainSaves();
    saves.remember('a', 1, S0, S1);
    expect(saves.ownStampAfter('a', 1, S0, S2)).toBeNull();
    expect(saves.ownStampAfter('a', 2, S0, S1)).toBeNull();
    expect(saves.ownStampAfter('b', 1, S0, S1)).toBeNull();
  });

  it('forgets a draft once a save of it was answered', () => {
    const saves = new UncertainSaves();
    saves.remember('a', 1, S0, S1);
    saves.forget('a', 1);
    expect(saves.ownStampAfter('a', 1, S0, S1)).toBeNull();
  });
});
