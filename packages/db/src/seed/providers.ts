import type { RegionCode } from '@smartkompetens/domain';
import type { providers } from '../schema/index.ts';
import { type orgNumberPrefixes, uniqueOrgNumber } from './org-numbers.ts';
import type { Random } from './random.ts';

/** Region Uppsala's partner in the programme and the demo provider login's organisation. */
export const PARTNER_PROVIDER_NAME = 'Teknikcollege Uppland';

interface ProviderSpec {
  name: string;
  /** Null for providers that teach in every county. */
  regionCode: RegionCode | null;
  form: keyof typeof orgNumberPrefixes;
  isPartner?: boolean;
  website?: string;
}

/** Fictional apart from Teknikcollege, whose network site is real; the others get no website. */
const providerSpecs: readonly ProviderSpec[] = [
  { name: PARTNER_PROVIDER_NAME, regionCode: '03', form: 'association', isPartner: true, website: 'https://www.teknikcollege.se' },
  { name: 'Upplands Industriutbildning AB', regionCode: '03', form: 'company' },
  { name: 'Sörmlands Industriskola AB', regionCode: '04', form: 'company' },
  { name: 'Yrkeshögskolan Östergötland', regionCode: '05', form: 'publicBody' },
  { name: 'Svetsakademin Bergslagen AB', regionCode: '18', form: 'company' },
  { name: 'Västmanlands Automationsakademi AB', regionCode: '19', form: 'company' },
  { name: 'Industrikompetens Sverige AB', regionCode: null, form: 'company' },
];

export function demoProviders(random: Random, takenOrgNumbers: Set<string>): (typeof providers.$inferInsert)[] {
  return providerSpecs.map((spec) => ({
    name: spec.name,
    orgNumber: uniqueOrgNumber(random, spec.form, takenOrgNumbers),
    regionCode: spec.regionCode,
    website: spec.website ?? null,
    isPartner: spec.isPartner ?? false,
  }));
}
