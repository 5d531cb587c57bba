import type { RegionCode } from '@smartkompetens/domain';

/**
 * The municipalities of each programme county, weighted roughly by how much manufacturing
 * they hold, so generated firms cluster in the industrial towns as real ones do.
 */
export const municipalities: Record<RegionCode, readonly (readonly [string, number])[]> = {
  '03': [['Uppsala', 4], ['Enköping', 3], ['Tierp', 2], ['Östhammar', 2], ['Knivsta', 1], ['Håbo', 1], ['Älvkarleby', 1], ['Heby', 1]],
  '04': [['Eskilstuna', 6], ['Nyköping', 3], ['Katrineholm', 3], ['Strängnäs', 2], ['Flen', 1], ['Oxelösund', 1], ['Gnesta', 1], ['Trosa', 1], ['Vingåker', 1]],
  '05': [
    ['Linköping', 5], ['Norrköping', 5], ['Motala', 3], ['Mjölby', 3], ['Finspång', 3], ['Åtvidaberg', 1], ['Söderköping', 1],
    ['Vadstena', 1], ['Valdemarsvik', 1], ['Kinda', 1], ['Boxholm', 1], ['Ödeshög', 1], ['Ydre', 1],
  ],
  '18': [
    ['Örebro', 5], ['Karlskoga', 4], ['Degerfors', 2], ['Hallsberg', 2], ['Kumla', 2], ['Lindesberg', 2], ['Laxå', 1],
    ['Askersund', 1], ['Nora', 1], ['Hällefors', 1], ['Ljusnarsberg', 1], ['Lekeberg', 1],
  ],
  '19': [
    ['Västerås', 5], ['Köping', 3], ['Arboga', 2], ['Fagersta', 2], ['Hallstahammar', 2], ['Sala', 2], ['Surahammar', 1],
    ['Kungsör', 1], ['Norberg', 1], ['Skinnskatteberg', 1],
  ],
};
