import { companySizeFor, type RegionCode } from '@smartkompetens/domain';
import type { companies } from '../schema/index.ts';
import { type Industry, industries, industryList } from './industries.ts';
import { municipalities } from './municipalities.ts';
import { asciiSlug, genitive, swedishLastNames } from './names.ts';
import { uniqueOrgNumber } from './org-numbers.ts';
import type { Random } from './random.ts';

/** The demo firm: the company admin and employee logins belong to it. */
export const DEMO_COMPANY_NAME = 'Fyrisgjuteriet AB';
/** A firm in another county, for showing that one firm's admin never sees another's data. */
export const DEMO_SORMLAND_COMPANY_NAME = 'Torshälla Pressteknik AB';

export interface CompanySeed {
  row: typeof companies.$inferInsert;
  /** Decides the job titles of the firm's staff. */
  industry: Industry;
  /** The firm's email domain, e.g. `fyrisgjuteriet.se`. */
  domain: string;
  /** How many employees to seed; the stated headcount (`row.employeeCount`) may be larger. */
  employeeRows: number;
}

interface FirmSpec {
  name: string;
  industry: Industry;
  regionCode: RegionCode;
  municipality: string;
  employeeCount: number;
  employeeRows: number;
}

/** The five Uppsala firms of the programme brief, one per industry; other code relies on these names. */
const namedFirms: readonly FirmSpec[] = [
  { name: DEMO_COMPANY_NAME, industry: industries.foundryLightMetal, regionCode: '03', municipality: 'Uppsala', employeeCount: 64, employeeRows: 52 },
  { name: 'Dannemora Snabbstål AB', industry: industries.steel, regionCode: '03', municipality: 'Östhammar', employeeCount: 140, employeeRows: 60 },
  { name: 'Enköpings Karosseri AB', industry: industries.vehicleBodies, regionCode: '03', municipality: 'Enköping', employeeCount: 46, employeeRows: 40 },
  { name: 'Tierps Mikromotor AB', industry: industries.electricMotors, regionCode: '03', municipality: 'Tierp', employeeCount: 38, employeeRows: 32 },
  { name: 'Bålsta Finmekaniska AB', industry: industries.machining, regionCode: '03', municipality: 'Håbo', employeeCount: 24, employeeRows: 22 },
  { name: DEMO_SORMLAND_COMPANY_NAME, industry: industries.forging, regionCode: '04', municipality: 'Eskilstuna', employeeCount: 31, employeeRows: 28 },
];

/** Generated firms per county, about 65 in all as in the programme (the Sörmland one above included). */
const generatedFirmsPerRegion: readonly (readonly [RegionCode, number])[] = [
  ['04', 15],
  ['05', 18],
  ['18', 15],
  ['19', 16],
];

export function demoCompanies(random: Random, takenOrgNumbers: Set<string>): CompanySeed[] {
  const specs = [...namedFirms];
  const names = new Set(specs.map((s) => s.name));
  const drawIndustry = random.deck(industryList.map((industry) => [industry, industry.weight] as const));

  for (const [regionCode, count] of generatedFirmsPerRegion) {
    const drawMunicipality = random.deck(municipalities[regionCode]);
    for (let i = 0; i < count; i++) {
      let spec: FirmSpec;
      do {
        const industry = drawIndustry();
        const municipality = drawMunicipality();
        // Most firms carry their town's name; a quarter are family firms named after a founder.
        const owner = random.chance(0.25) ? random.pick(swedishLastNames) : municipality;
        const employeeRows = random.int(8, 56);
        spec = {
          name: `${genitive(owner)} ${random.pick(industry.trades)} AB`,
          industry,
          regionCode,
          municipality,
          employeeRows,
          employeeCount: employeeRows + random.int(0, Math.round(employeeRows / 2)),
        };
      } while (names.has(spec.name));
      names.add(spec.name);
      specs.push(spec);
    }
  }

  return specs.map((spec) => ({
    row: {
      name: spec.name,
      orgNumber: uniqueOrgNumber(random, 'company', takenOrgNumbers),
      sniCode: spec.industry.sniCode,
      industry: spec.industry.heading,
      regionCode: spec.regionCode,
      municipality: spec.municipality,
      size: companySizeFor(spec.employeeCount),
      employeeCount: spec.employeeCount,
    },
    industry: spec.industry,
    domain: `${asciiSlug(spec.name.replace(/ AB$/, ''))}.se`,
    employeeRows: spec.employeeRows,
  }));
}
