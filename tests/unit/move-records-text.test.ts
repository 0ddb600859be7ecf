import { describe, expect, it } from 'vitest';
import { movedText, progressText } from '../../renderer/features/settings/move-records-text';

describe('what she is told about moving her records', () => {
  it('counts each kind of record in plain words, one and several', () => {
    expect(
      movedText({
        moved: {
          clients: 1,
          assessments: 2,
          revisions: 3,
          programs: 0,
          exercises: 1,
          photos: 1,
          clips: 2,
          files: 1,
        },
        keptStudios: { settings: 2, exercisePhotos: 1 },
      }),
    ).toBe(
      'Moved and checked: 1 client, 2 assessments (3 saved versions), 0 programs, 1 exercise of your own, 1 photo and 2 movement clips. The studio database counted every one, and the one photo or clip file read back exactly as it is on this computer. Where the studio already had its own settings or exercise photos, it kept them (3). Your records on this computer are unchanged.',
    );
  });

  it('says how far the copy has got', () => {
    expect(progressText({ step: 'files', done: 4, total: 10 })).toBe(
      'Copying photos and clips: 4 of 10',
    );
  });
});
