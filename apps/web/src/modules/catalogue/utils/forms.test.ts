import { describe, expect, it } from 'vitest';
import { competenceRow, courseDraftFrom, emptyCourseDraft, validateCourseDraft } from './course-form.ts';
import { problemKey } from './form-problems.ts';
import { oreToKronor } from './money.ts';
import { emptyOccasionDraft, validateOccasionDraft } from './occasion-form.ts';
import { validatePlanForm } from './plan-form.ts';
import { validateOffer, validateRequest } from './request-forms.ts';

describe('the course form', () => {
  const filled = () => ({
    ...emptyCourseDraft(),
    titleSv: 'Gjutteknik',
    descriptionSv: 'Om gjutning.',
    lengthHours: '24',
    pricePerParticipant: '11 900',
    competences: [competenceRow('c1', '4')],
  });

  it('builds the API input with prices in öre', () => {
    const { input, problems } = validateCourseDraft(filled());
    expect(problems).toEqual({});
    expect(input).toMatchObject({ titleSv: 'Gjutteknik', lengthHours: 24, pricePerParticipant: '1190000', pricePerOccasion: null, competences: [{ competenceId: 'c1', targetLevel: 4 }] });
  });

  it('refuses what the API refuses, naming the field', () => {
    const draft = { ...filled(), titleSv: ' ', lengthHours: '0', pricePerParticipant: '', competences: [competenceRow('c1', '4'), competenceRow('c1', '6')] };
    expect(validateCourseDraft(draft).problems).toEqual({
      titleSv: 'REQUIRED',
      lengthHours: 'OUT_OF_RANGE',
      pricePerParticipant: 'REQUIRED',
      'competences.1.competenceId': 'DUPLICATE',
      'competences.1.targetLevel': 'OUT_OF_RANGE',
    });
  });

  it('fills the form from a stored course, money back in kronor', () => {
    const draft = courseDraftFrom({
      titleSv: 'A',
      descriptionSv: '',
      audience: 'STAFF',
      format: 'ONLINE',
      language: 'sv',
      lengthHours: 8,
      pricePerParticipant: '1250050',
      competences: [{ competence: { id: 'c1' }, targetLevel: 3 }],
    });
    expect(draft.pricePerParticipant).toBe('12500,50');
    expect(draft.competences.map((c) => [c.competenceId, c.targetLevel])).toEqual([['c1', '3']]);
    expect(oreToKronor('1190000', 'en')).toBe('11900');
  });

  it('shares one message across competence rows', () => {
    expect(problemKey('x', 'competences.3.targetLevel', 'REQUIRED')).toBe('x.competences.targetLevel.REQUIRED');
    expect(problemKey('x', 'titleSv', 'REQUIRED')).toBe('x.titleSv.REQUIRED');
  });
});

describe('the occasion form', () => {
  it('asks for a county unless the occasion is online', () => {
    const draft = { ...emptyOccasionDraft(), startsOn: '2027-03-01', endsOn: '2027-03-03', registrationDeadline: '2027-02-15', seats: '12' };
    expect(validateOccasionDraft(draft).problems).toEqual({ regionCode: 'REQUIRED' });
    expect(validateOccasionDraft({ ...draft, online: true }).input).toMatchObject({ online: true, regionCode: null, seats: 12 });
  });

  it('keeps the dates in order', () => {
    const draft = { ...emptyOccasionDraft('03'), startsOn: '2027-03-03', endsOn: '2027-03-01', registrationDeadline: '2027-03-10', seats: '0' };
    expect(validateOccasionDraft(draft).problems).toEqual({ endsOn: 'OUT_OF_RANGE', registrationDeadline: 'OUT_OF_RANGE', seats: 'OUT_OF_RANGE' });
  });
});

describe('the plan suggestion form', () => {
  it('sends the budget in öre', () => {
    expect(validatePlanForm({ budget: '250 000', from: '2027-01-01', to: '2027-06-30', group: '' }).args).toEqual({
      budget: '25000000',
      from: '2027-01-01',
      to: '2027-06-30',
      group: null,
    });
  });

  it('refuses a budget of nothing and a period backwards', () => {
    expect(validatePlanForm({ budget: '0', from: '2027-06-30', to: '2027-01-01', group: 'STAFF' }).problems).toEqual({ budget: 'OUT_OF_RANGE', to: 'OUT_OF_RANGE' });
    expect(validatePlanForm({ budget: 'mycket', from: '', to: '2027-01-01', group: '' }).problems).toEqual({ budget: 'INVALID', from: 'REQUIRED' });
  });
});

describe('offers and requests', () => {
  const today = '2026-12-01';

  it('prices an offer for the whole occasion in öre', () => {
    expect(validateOffer({ courseId: 'c1', price: '96 000', startsOn: '2027-04-12', endsOn: '2027-04-14', note: '' }, today).input).toEqual({
      courseId: 'c1',
      price: '9600000',
      startsOn: '2027-04-12',
      endsOn: '2027-04-14',
      note: null,
    });
  });

  it('refuses an offer starting in the past or without a course', () => {
    expect(validateOffer({ courseId: '', price: '1', startsOn: '2026-11-01', endsOn: '2026-12-24', note: '' }, today).problems).toEqual({
      courseId: 'REQUIRED',
      startsOn: 'OUT_OF_RANGE',
    });
  });

  it('checks a joint request like the API', () => {
    expect(validateRequest({ competenceIds: ['c1'], participants: '12', wantedFrom: '2027-03-01', wantedTo: '2027-05-31', note: ' ' }, today).input).toEqual({
      competenceIds: ['c1'],
      participants: 12,
      wantedFrom: '2027-03-01',
      wantedTo: '2027-05-31',
      note: null,
    });
    expect(validateRequest({ competenceIds: [], participants: '501', wantedFrom: '2026-01-01', wantedTo: '2026-02-01', note: '' }, today).problems).toEqual({
      competenceIds: 'REQUIRED',
      participants: 'OUT_OF_RANGE',
      wantedTo: 'OUT_OF_RANGE',
    });
  });
});
