/** Budget tracking's closed sets, shared by database, API and SPA. */

/** What money is spent on. Participant time is valued at the participants' salary cost. */
export const costCategories = ['COURSE_FEES', 'PARTICIPANT_TIME', 'TRAVEL', 'OTHER'] as const;
export type CostCategory = (typeof costCategories)[number];

/** Where money comes from: the programme's grant, the region, or the firm's own contribution (co-financing). */
export const fundingSources = ['PROGRAMME_GRANT', 'REGIONAL', 'OWN_CONTRIBUTION'] as const;
export type FundingSource = (typeof fundingSources)[number];

/**
 * A ledger entry's kind. COMMITMENT reserves money (e.g. an enrolment); ACTUAL is money spent
 * (an invoice, attested hours); RELEASE gives reserved money back (negative amount); REVERSAL
 * cancels one earlier entry and counts in that entry's kind with the opposite sign.
 */
export const ledgerKinds = ['COMMITMENT', 'ACTUAL', 'RELEASE', 'REVERSAL'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

/** Kinds a person records directly; REVERSAL is made only by reversing an entry. */
export const recordableLedgerKinds = ['COMMITMENT', 'ACTUAL', 'RELEASE'] as const satisfies readonly LedgerKind[];
export type RecordableLedgerKind = (typeof recordableLedgerKinds)[number];

/** Whose budget: the whole programme, one county (sub-project), or one firm. */
export const budgetLevels = ['PROGRAMME', 'REGION', 'COMPANY'] as const;
export type BudgetLevel = (typeof budgetLevels)[number];

/** Co-financing shares are basis points: 10 000 bp = 100 %. */
export const MAX_BASIS_POINTS = 10_000;

/**
 * The budget rule, one place: a line's *used* amount is the larger of what is committed and
 * what is spent — commitments are the forecast and actuals replace them as invoices arrive —
 * and *remaining* is the amount less the used amount.
 */
export function usedOre(committed: bigint, actual: bigint): bigint {
  return committed > actual ? committed : actual;
}

/** A company admin's request to go over budget for one enrolment, decided by a programme or region admin. */
export const budgetOverrideStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type BudgetOverrideStatus = (typeof budgetOverrideStatuses)[number];
