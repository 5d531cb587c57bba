/** The training catalogue's closed sets, shared by database, API and SPA. */

/** Who a course is for: staff, management teams, or both. */
export const audiences = ['STAFF', 'MANAGEMENT', 'BOTH'] as const;
export type Audience = (typeof audiences)[number];

export const courseFormats = ['CLASSROOM', 'ON_SITE', 'ONLINE', 'BLENDED'] as const;
export type CourseFormat = (typeof courseFormats)[number];

/** An occasion's life: planned → open for registration → full → held, or cancelled. */
export const occasionStatuses = ['PLANNED', 'OPEN', 'FULL', 'CANCELLED', 'HELD'] as const;
export type OccasionStatus = (typeof occasionStatuses)[number];

/**
 * An enrolment's life. REQUESTED waits for the firm's admin; CONFIRMED holds a seat;
 * WAITLISTED waits for one; OFFERED is a freed seat offered to the first on the waiting list;
 * after the occasion: ATTENDED, COMPLETED or NO_SHOW.
 */
export const enrolmentStatuses = ['REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/** Enrolments that occupy a seat. */
export const seatHoldingStatuses: readonly EnrolmentStatus[] = ['CONFIRMED', 'OFFERED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'];

export const courseRequestStatuses = ['OPEN', 'OFFERED', 'ACCEPTED', 'CLOSED'] as const;
export type CourseRequestStatus = (typeof courseRequestStatuses)[number];
