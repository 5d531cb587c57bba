import { audiences, courseFormats, parseKronor, type Audience, type CourseFormat } from '@smartkompetens/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CourseSearch, CourseSort } from '../../../gql/graphql.ts';
import { isIsoDateText } from './dates.ts';

export const COURSE_PAGE_SIZE = 20;
/** The API pages at most 100 courses per request; "show more" stops growing the page there. */
export const MAX_COURSES_SHOWN = 100;
export const courseSorts = ['RELEVANCE', 'TITLE', 'PRICE', 'NEXT_OCCASION'] as const satisfies readonly CourseSort[];

/** Ten million kronor: no course costs more per participant, so a larger ceiling is a typo. */
export const MAX_PRICE_ORE = 1_000_000_000n;

/** The catalogue search as the URL holds it: what a link, reload or "back" restores. */
export interface CourseSearchState {
  text: string;
  competence: string;
  county: string;
  format: CourseFormat | '';
  audience: Audience | '';
  from: string;
  to: string;
  /** Highest price per participant in kronor, as typed (`15 000`, `12500,50`). */
  maxPrice: string;
  freeSeats: boolean;
  sort: CourseSort;
  /** How many pages of results are shown ("Visa fler" adds one). */
  pages: number;
}

export const emptyCourseSearch: CourseSearchState = {
  text: '',
  competence: '',
  county: '',
  format: '',
  audience: '',
  from: '',
  to: '',
  maxPrice: '',
  freeSeats: false,
  sort: 'RELEVANCE',
  pages: 1,
};

export type PriceProblem = 'INVALID' | 'OUT_OF_RANGE';
export type MaxPriceResult = { ok: true; ore: string | null } | { ok: false; problem: PriceProblem };

/**
 * The price ceiling typed in kronor, as the API's Money (a decimal string of öre). Empty means
 * no ceiling; `0` is allowed (free courses only).
 */
export function maxPriceToOre(kronor: string): MaxPriceResult {
  if (kronor.trim() === '') return { ok: true, ore: null };
  const ore = parseKronor(kronor);
  if (ore === null) return { ok: false, problem: 'INVALID' };
  if (ore < 0n || ore > MAX_PRICE_ORE) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, ore: ore.toString() };
}

function one(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the search from the URL; anything malformed is dropped rather than sent to the API. */
export function courseSearchState(query: LocationQuery): CourseSearchState {
  const from = one(query.from);
  const to = one(query.to);
  const pages = Number.parseInt(one(query.pages), 10);
  const maxPages = MAX_COURSES_SHOWN / COURSE_PAGE_SIZE;
  return {
    text: one(query.q),
    competence: one(query.competence),
    county: /^\d{2}$/.test(one(query.county)) ? one(query.county) : '',
    format: oneOf(one(query.format), courseFormats),
    audience: oneOf(one(query.audience), audiences),
    from: isIsoDateText(from) ? from : '',
    to: isIsoDateText(to) ? to : '',
    maxPrice: one(query.maxPrice),
    freeSeats: one(query.freeSeats) === '1',
    sort: oneOf(one(query.sort), courseSorts) || 'RELEVANCE',
    pages: Number.isInteger(pages) && pages > 1 ? Math.min(pages, maxPages) : 1,
  };
}

/** The URL query for a search: only what differs from the defaults, so links stay short. */
export function courseSearchQuery(state: CourseSearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.text.trim()) query.q = state.text.trim();
  if (state.competence) query.competence = state.competence;
  if (state.county) query.county = state.county;
  if (state.format) query.format = state.format;
  if (state.audience) query.audience = state.audience;
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.maxPrice.trim()) query.maxPrice = state.maxPrice.trim();
  if (state.freeSeats) query.freeSeats = '1';
  if (state.sort !== 'RELEVANCE') query.sort = state.sort;
  if (state.pages > 1) query.pages = String(state.pages);
  return query;
}

/** The `courses` query's arguments for a search. */
export function courseSearchVariables(state: CourseSearchState): { search: CourseSearch; sort: CourseSort; first: number } {
  const price = maxPriceToOre(state.maxPrice);
  const search: CourseSearch = {};
  if (state.text.trim()) search.text = state.text.trim();
  if (state.competence) search.competenceId = state.competence;
  if (state.county) search.regionCode = state.county;
  if (state.format) search.format = state.format;
  if (state.audience) search.audience = state.audience;
  if (state.from) search.from = state.from;
  if (state.to) search.to = state.to;
  if (price.ok && price.ore !== null) search.maxPrice = price.ore;
  if (state.freeSeats) search.freeSeats = true;
  return { search, sort: state.sort, first: Math.min(state.pages * COURSE_PAGE_SIZE, MAX_COURSES_SHOWN) };
}

/** Whether any filter narrows the catalogue (the sort and page do not). */
export function isFiltered(state: CourseSearchState): boolean {
  return Object.keys(courseSearchQuery({ ...state, sort: 'RELEVANCE', pages: 1 })).length > 0;
}
