import { describe, expect, it } from 'vitest';
import { changedAnswers } from './use-self-assessment.ts';

describe('changedAnswers', () => {
  it('keeps new and different levels and anything with a comment', () => {
    const answers = {
      same: { level: 3, comment: '' },
      raised: { level: 4, comment: '' },
      first: { level: 2, comment: '' },
      unanswered: { level: null, comment: '' },
      confirmed: { level: 3, comment: 'Gick kursen i våras' },
      commentOnly: { level: null, comment: 'Osäker' },
    };
    const previous = { same: 3, raised: 3, confirmed: 3 };
    expect(changedAnswers(answers, previous)).toEqual([
      { competenceId: 'raised', level: 4, comment: null },
      { competenceId: 'first', level: 2, comment: null },
      { competenceId: 'confirmed', level: 3, comment: 'Gick kursen i våras' },
      { competenceId: 'commentOnly', level: null, comment: 'Osäker' },
    ]);
  });
});
