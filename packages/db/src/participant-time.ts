import { sql, type SQL } from 'drizzle-orm';

/**
 * The minutes of a course's hours that fall in a month: the hours spread evenly over the
 * occasion's days (inclusive), times the days of the occasion inside the month, rounded. Used
 * by the API's participant-time plan and by the demo seed's attested months, so both plan alike.
 */
export function minutesInMonth(columns: { lengthHours: SQL; startsOn: SQL; endsOn: SQL; month: SQL }): SQL {
  const { lengthHours, startsOn, endsOn, month } = columns;
  return sql`round(${lengthHours} * 60.0
    * (least(${endsOn}, (${month} + interval '1 month - 1 day')::date) - greatest(${startsOn}, ${month}) + 1)
    / (${endsOn} - ${startsOn} + 1))`;
}
