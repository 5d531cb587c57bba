import { describe, expect, it } from 'vitest';
import { courseSearchQuery, courseSearchState, courseSearchVariables, emptyCourseSearch, isFiltered, maxPriceToOre } from './course-search.ts';

describe('maxPriceToOre', () => {
  it('turns kronor as people type them into öre', () => {
    expect(maxPriceToOre('15000')).toEqual({ ok: true, ore: '1500000' });
    expect(maxPriceToOre('15 000')).toEqual({ ok: true, ore: '1500000' });
    expect(maxPriceToOre('12 500,50')).toEqual({ ok: true, ore: '1250050' });
    expect(maxPriceToOre('9999.9')).toEqual({ ok: true, ore: '999990' });
    expect(maxPriceToOre('450 kr')).toEqual({ ok: true, ore: '45000' });
    expect(maxPriceToOre('0')).toEqual({ ok: true, ore: '0' });
  });

  it('reads an empty box as no ceiling', () => {
    expect(maxPriceToOre('')).toEqual({ ok: true, ore: null });
    expect(maxPriceToOre('   ')).toEqual({ ok: true, ore: null });
  });

  it('says why an amount is refused', () => {
    expect(maxPriceToOre('tio tusen')).toEqual({ ok: false, problem: 'INVALID' });
    expect(maxPriceToOre('12,345')).toEqual({ ok: false, problem: 'INVALID' });
    expect(maxPriceToOre('-5')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(maxPriceToOre('10000001')).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
  });

  it('never goes through a float, so large amounts keep every öre', () => {
    expect(maxPriceToOre('9 999 999,99')).toEqual({ ok: true, ore: '999999999' });
  });
});

describe('the catalogue search in the URL', () => {
  it('round-trips every filter', () => {
    const state = {
      ...emptyCourseSearch,
      text: 'svetsning',
      competence: 'c1',
      county: '03',
      format: 'ONLINE' as const,
      audience: 'STAFF' as const,
      from: '2027-01-01',
      to: '2027-06-30',
      maxPrice: '15000',
      freeSeats: true,
      sort: 'PRICE' as const,
      pages: 2,
    };
    const query = courseSearchQuery(state);
    expect(query).toEqual({
      q: 'svetsning',
      competence: 'c1',
      county: '03',
      format: 'ONLINE',
      audience: 'STAFF',
      from: '2027-01-01',
      to: '2027-06-30',
      maxPrice: '15000',
      freeSeats: '1',
      sort: 'PRICE',
      pages: '2',
    });
    expect(courseSearchState(query as Record<string, string>)).toEqual(state);
  });

  it('keeps links short: defaults are left out', () => {
    expect(courseSearchQuery(emptyCourseSearch)).toEqual({});
  });

  it('drops what does not parse instead of sending it to the API', () => {
    const state = courseSearchState({ format: 'TELEPATHY', county: 'Uppsala', from: '2027-02-30', sort: 'RANDOM', pages: '-3', freeSeats: 'yes' });
    expect(state).toEqual(emptyCourseSearch);
  });

  it('caps the pages at what one request may return', () => {
    expect(courseSearchState({ pages: '50' }).pages).toBe(5);
  });
});

describe('courseSearchVariables', () => {
  it('sends the price ceiling in öre and pages as a larger first page', () => {
    const variables = courseSearchVariables({ ...emptyCourseSearch, maxPrice: '12 000', county: '03', freeSeats: true, pages: 3 });
    expect(variables).toEqual({ search: { maxPrice: '1200000', regionCode: '03', freeSeats: true }, sort: 'RELEVANCE', first: 60 });
  });

  it('leaves out a price that does not read as an amount', () => {
    expect(courseSearchVariables({ ...emptyCourseSearch, maxPrice: 'abc' }).search).toEqual({});
  });

  it('tells a filtered search from the full catalogue', () => {
    expect(isFiltered(emptyCourseSearch)).toBe(false);
    expect(isFiltered({ ...emptyCourseSearch, sort: 'TITLE', pages: 3 })).toBe(false);
    expect(isFiltered({ ...emptyCourseSearch, freeSeats: true })).toBe(true);
  });
});
