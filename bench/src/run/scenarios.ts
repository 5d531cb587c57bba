/**
 * The benchmark's scenarios (issue 7): what each sends, as whom, and — for the peer —
 * the closest PostGraphile query. The GraphQL documents are the SPA's own where the SPA has
 * the screen (apps/web/src/modules/…/composables), so the bench measures what users cause.
 */

export type Actor = 'COMPANY_ADMIN' | 'REGION_ADMIN' | 'PROVIDER' | 'API_CLIENT' | 'CONTENTION_ADMIN';

export interface BenchIds {
  regionCode: string;
  demoCompanyId: string;
  contentionEmployeeIds: string[];
  contentionOccasionIds: string[];
  contentionLineId: string;
}

export interface Scenario {
  id: string;
  title: string;
  transport: 'GraphQL' | 'REST';
  actor: Actor;
  method: 'GET' | 'POST';
  path: string;
  /** A fixed body, or a fresh one per request (the writes, which must not repeat). */
  body?: (n: number) => string;
  write?: boolean;
  /** The same data through PostGraphile's generated API, where it can express it. */
  peer?: { query: string; variables: Record<string, unknown> };
}

const gql = (query: string, variables: Record<string, unknown>) => () => JSON.stringify({ query, variables });

/** apps/web: use-skills-matrix.ts (SkillsMatrix), with the company's gaps by competence. */
const skillsMatrixAndGaps = `
query SkillsMatrixAndGaps($id: ID!) {
  company(id: $id) {
    id name viewerCanManage
    jobRoles { id nameSv nameEn group }
    skillsMatrix {
      competences { id code nameSv nameEn area { id nameSv nameEn } }
      rows {
        employee { id firstName lastName jobTitle }
        roles { id nameSv nameEn }
        standings { competence { id } requiredLevel importance currentLevel currentSource assessedOn gap weightedGap futureLevel }
      }
    }
  }
  gaps(groupBy: COMPETENCE, scope: { companyId: $id }) {
    competence { id nameSv } people peopleWithGap totalGap weightedGap unassessed
  }
}`;

/** apps/web: use-region-competence.ts, the by-competence and by-industry parts. */
const regionGaps = `
query RegionGaps($code: ID!) {
  byCompetence: gaps(groupBy: COMPETENCE, scope: { regionCode: $code }) {
    competence { id nameSv nameEn } people peopleWithGap totalGap weightedGap unassessed firms
  }
  byIndustry: gaps(groupBy: INDUSTRY, scope: { regionCode: $code }) {
    industry { sniCode name } people peopleWithGap totalGap weightedGap unassessed firms
  }
}`;

/** apps/web: use-course-search.ts (CatalogueCourses with the CourseCard fragment). */
const catalogueCourses = `
query CatalogueCourses($search: CourseSearch, $sort: CourseSort, $first: Int!) {
  courses(search: $search, sort: $sort, first: $first) {
    totalCount
    pageInfo { hasNextPage }
    nodes {
      id titleSv titleEn format audience lengthHours pricePerParticipant pricePerOccasion
      provider { id name }
      competences { targetLevel competence { id nameSv nameEn } }
      upcomingOccasions(first: 5) {
        id startsOn online municipality region { code name } seatsLeft waitlistLength status registrationDeadline
      }
    }
  }
}`;

/** No SPA screen yet (budget follow-up is the lead's next slice): a region admin's overview. */
const regionBudgets = `
query RegionBudgets($code: ID!) {
  budgets(regionCode: $code) {
    id name level periodStart periodEnd
    company { id name }
    summary { amount committed actual remaining }
    lines { id category source amount coFinancingShareBp summary { amount committed actual remaining } }
  }
}`;

const enrolmentCreate = `
mutation Enrol($occasionId: ID!, $employeeId: ID!) {
  enrolmentCreate(occasionId: $occasionId, employeeId: $employeeId) {
    enrolment { id status }
    userErrors { field message code }
  }
}`;

const ledgerEntryCreate = `
mutation Commit($input: LedgerEntryCreateInput!) {
  ledgerEntryCreate(input: $input) {
    entry { id }
    userErrors { field message code }
  }
}`;

/** PostGraphile 4's generated names for the same tables (relations from the foreign keys). */
const peerSkillsMatrix = `
query PeerSkillsMatrix($id: UUID!) {
  companyById(id: $id) {
    id name
    jobRolesByCompanyId { nodes { id nameSv nameEn group } }
    employeesByCompanyId(condition: { deactivatedAt: null }) {
      nodes {
        id firstName lastName jobTitle
        employeeRolesByEmployeeId {
          nodes { jobRoleByRoleId { id nameSv nameEn roleRequirementsByRoleId { nodes { competenceId requiredLevel importance futureLevel } } } }
        }
      }
    }
  }
  allCurrentLevels(condition: { companyId: $id }) { nodes { employeeId competenceId level source assessedOn } }
}`;

const peerCatalogue = `
query PeerCatalogue($text: String!, $region: String!) {
  searchCourses(text: $text, region: $region, first: 20) {
    totalCount
    nodes {
      id titleSv titleEn format audience lengthHours pricePerParticipant pricePerOccasion
      providerByProviderId { id name }
      courseCompetencesByCourseId { nodes { targetLevel competenceByCompetenceId { id nameSv nameEn } } }
      occasionsByCourseId(first: 5, orderBy: STARTS_ON_ASC) { nodes { id startsOn online municipality regionCode seats status registrationDeadline } }
    }
  }
}`;

export function scenarios(ids: BenchIds): Scenario[] {
  const pairs = ids.contentionOccasionIds.flatMap((occasionId) => ids.contentionEmployeeIds.map((employeeId) => ({ occasionId, employeeId })));
  return [
    {
      id: 'company-matrix',
      title: '1. Company skills matrix + gaps',
      transport: 'GraphQL',
      actor: 'COMPANY_ADMIN',
      method: 'POST',
      path: '/graphql',
      body: gql(skillsMatrixAndGaps, { id: ids.demoCompanyId }),
      peer: { query: peerSkillsMatrix, variables: { id: ids.demoCompanyId } },
    },
    {
      id: 'region-gaps-graphql',
      title: '2. Region gaps by competence and industry',
      transport: 'GraphQL',
      actor: 'REGION_ADMIN',
      method: 'POST',
      path: '/graphql',
      body: gql(regionGaps, { code: ids.regionCode }),
    },
    {
      id: 'region-gaps-rest',
      title: '2. Region gaps by competence (integration token)',
      transport: 'REST',
      actor: 'API_CLIENT',
      method: 'GET',
      path: `/api/v1/regions/${ids.regionCode}/gaps?groupBy=COMPETENCE`,
    },
    {
      id: 'provider-demand',
      title: '3. Provider course demand',
      transport: 'REST',
      actor: 'PROVIDER',
      method: 'GET',
      path: '/api/v1/demand',
    },
    {
      id: 'catalogue-search',
      title: '4. Catalogue search "svets" in county 03',
      transport: 'GraphQL',
      actor: 'COMPANY_ADMIN',
      method: 'POST',
      path: '/graphql',
      body: gql(catalogueCourses, { search: { text: 'svets', regionCode: ids.regionCode }, sort: 'RELEVANCE', first: 20 }),
      peer: { query: peerCatalogue, variables: { text: 'svets', region: ids.regionCode } },
    },
    {
      id: 'budget-region',
      title: '5. Budget overview of a county',
      transport: 'GraphQL',
      actor: 'REGION_ADMIN',
      method: 'POST',
      path: '/graphql',
      body: gql(regionBudgets, { code: ids.regionCode }),
    },
    {
      id: 'enrolment-contention',
      title: '6. Enrolments, 10 occasions × 5 seats',
      transport: 'GraphQL',
      actor: 'CONTENTION_ADMIN',
      method: 'POST',
      path: '/graphql',
      write: true,
      // Each request a new (occasion, person) pair, round the occasions first, so all clients
      // fight over the same few seats and then queue on the waiting lists.
      body: (n) => {
        const occasions = ids.contentionOccasionIds.length;
        const people = ids.contentionEmployeeIds.length;
        const pair = pairs[(n % occasions) * people + (Math.floor(n / occasions) % people)]!;
        return JSON.stringify({ query: enrolmentCreate, variables: pair });
      },
    },
    {
      id: 'ledger-contention',
      title: '6. Budget commitments on a 1 000 kr line',
      transport: 'GraphQL',
      actor: 'CONTENTION_ADMIN',
      method: 'POST',
      path: '/graphql',
      write: true,
      body: (n) =>
        JSON.stringify({
          query: ledgerEntryCreate,
          variables: { input: { budgetLineId: ids.contentionLineId, kind: 'COMMITMENT', amount: '1000', occurredOn: '2026-11-25', reason: `Bench ${n}` } },
        }),
    },
  ];
}
