import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow as RegionRowModel, CompanyRow as CompanyRowModel, EmployeeRow as EmployeeRowModel, ProviderRow as ProviderRowModel, CompanyPage as CompanyPageModel, EmployeePage as EmployeePageModel } from '../modules/organisations/organisations.service.ts';
import type { MembershipScope as MembershipScopeModel, Viewer as ViewerModel } from '../auth/viewer.ts';
import type { ApiClientSummary as ApiClientSummaryModel } from '../modules/auth/auth.service.ts';
import type { CompetenceAreaRow as CompetenceAreaRowModel, CompetenceRow as CompetenceRowModel, LevelDescriptorRow as LevelDescriptorRowModel } from '../modules/competence/framework.service.ts';
import type { JobRoleRow as JobRoleRowModel, RoleRequirementRow as RoleRequirementRowModel } from '../modules/competence/roles.service.ts';
import type { AssessmentRow as AssessmentRowModel } from '../modules/competence/assessments.service.ts';
import type { Standing as StandingModel, SkillsMatrix as SkillsMatrixModel, SkillsMatrixRowModel as SkillsMatrixRowModelModel, CoverageRow as CoverageRowModel, KeyPersonRisk as KeyPersonRiskModel, Holder as HolderModel, HolderPage as HolderPageModel } from '../modules/competence/standings.service.ts';
import type { GapRow as GapRowModel } from '../modules/competence/gaps.service.ts';
import type { CourseRow as CourseRowModel, CourseCompetenceRow as CourseCompetenceRowModel, CoursePage as CoursePageModel, OccasionRow as OccasionRowModel } from '../modules/catalogue/courses.service.ts';
import type { EnrolmentRow as EnrolmentRowModel } from '../modules/catalogue/enrolments.service.ts';
import type { TrainingPlan as TrainingPlanModel, TrainingPlanLine as TrainingPlanLineModel, TrainingPlanTotals as TrainingPlanTotalsModel, GapClosure as GapClosureModel, TrainingPlanSuggestion as TrainingPlanSuggestionModel, TrainingPlanChoice as TrainingPlanChoiceModel } from '../modules/catalogue/training-plan.service.ts';
import type { Participant as ParticipantModel, EvaluationSummary as EvaluationSummaryModel, TrainingEffect as TrainingEffectModel, AssessmentPrompt as AssessmentPromptModel, EvaluationRow as EvaluationRowModel } from '../modules/catalogue/follow-up.service.ts';
import type { CourseRecommendation as CourseRecommendationModel, RecommendationStep as RecommendationStepModel } from '../modules/catalogue/recommendations.service.ts';
import type { DemandCell as DemandCellModel } from '../modules/catalogue/demand.service.ts';
import type { CertificateRow as CertificateRowModel } from '../modules/competence/certificates.service.ts';
import type { SupplyPlanItemRow as SupplyPlanItemRowModel, SupplyPlanSummary as SupplyPlanSummaryModel } from '../modules/competence/supply-plan.service.ts';
import type { CourseRequestRow as CourseRequestRowModel, CourseOfferRow as CourseOfferRowModel } from '../modules/catalogue/course-requests.service.ts';
import type { JointCourseCandidateRow as JointCourseCandidateRowModel, JointCourseCandidateCompanyRow as JointCourseCandidateCompanyRowModel } from '../modules/catalogue/joint-courses.service.ts';
import type { BudgetRow as BudgetRowModel, BudgetLineRow as BudgetLineRowModel, BudgetSummary as BudgetSummaryModel, LedgerEntryRow as LedgerEntryRowModel, BudgetMonth as BudgetMonthModel } from '../modules/budget/budget.service.ts';
import type { OverrideRequestRow as OverrideRequestRowModel } from '../modules/budget/override-requests.service.ts';
import type { ParticipantTimeRow as ParticipantTimeRowModel, ParticipantTimeMonth as ParticipantTimeMonthModel } from '../modules/budget/participant-time.service.ts';
import type { CostFigures as CostFiguresModel, FirmCost as FirmCostModel, IndustryCost as IndustryCostModel, CostComparison as CostComparisonModel, FunderCostRow as FunderCostRowModel, FunderFirmRow as FunderFirmRowModel, FunderReport as FunderReportModel } from '../modules/budget/reports.service.ts';
import type { RecruitmentNeed as RecruitmentNeedModel, NeedCompetence as NeedCompetenceModel, RecruitmentCell as RecruitmentCellModel } from '../modules/recruitment/recruitment-needs.service.ts';
import type { InternalCandidate as InternalCandidateModel, CandidateGap as CandidateGapModel } from '../modules/recruitment/candidates.service.ts';
import type { PlacementRow as PlacementRowModel } from '../modules/recruitment/placements.service.ts';
import type { JoinApplicationRow as JoinApplicationRowModel } from '../modules/recruitment/join-applications.service.ts';
import type { RoleTemplateRow as RoleTemplateRowModel, RoleTemplateRequirementRow as RoleTemplateRequirementRowModel, TemplateUsage as TemplateUsageModel } from '../modules/recruitment/role-templates.service.ts';
import type { Benchmark as BenchmarkModel, BenchmarkCompetence as BenchmarkCompetenceModel } from '../modules/recruitment/benchmark.service.ts';
import type { OnboardingProgress as OnboardingProgressModel } from '../modules/recruitment/onboarding.service.ts';
import type { ProgrammeResults as ProgrammeResultsModel, CountyResult as CountyResultModel, ParticipantCell as ParticipantCellModel, CompetenceDeveloped as CompetenceDevelopedModel } from '../modules/recruitment/open-data.service.ts';
import type { MercuriusContext } from 'mercurius';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
  /**
   * An amount of money as a whole number of öre (1 SEK = 100 öre), carried as a decimal string
   * so that programme totals never lose precision (they exceed 2^31 and can exceed 2^53).
   */
  Money: { input: bigint; output: bigint; }
};

export type ApiClient = {
  __typename?: 'ApiClient';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region: Maybe<Region>;
  scopes: Array<Scalars['String']['output']>;
};

export type Assessment = {
  __typename?: 'Assessment';
  assessedOn: Scalars['Date']['output'];
  comment: Maybe<Scalars['String']['output']>;
  competence: Competence;
  evidence: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  source: AssessmentSource;
};

export type AssessmentInput = {
  /** Defaults to today. */
  assessedOn?: InputMaybe<Scalars['Date']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  competenceId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
  evidence?: InputMaybe<Scalars['String']['input']>;
  level: Scalars['Int']['input'];
};

/** A competence a completed course developed, not assessed since: time for a new assessment. */
export type AssessmentPrompt = {
  __typename?: 'AssessmentPrompt';
  competence: Competence;
  completedOn: Scalars['Date']['output'];
  course: Course;
};

export type AssessmentSource =
  | 'MANAGER'
  | 'SELF';

export type AssessmentsRecordPayload = {
  __typename?: 'AssessmentsRecordPayload';
  assessments: Maybe<Array<Assessment>>;
  userErrors: Array<UserError>;
};

export type Audience =
  | 'BOTH'
  | 'MANAGEMENT'
  | 'STAFF';

/** A firm beside the average other firm of its industry (SNI division) and county. */
export type Benchmark = {
  __typename?: 'Benchmark';
  competences: Array<BenchmarkCompetence>;
  county: BenchmarkFigures;
  industry: BenchmarkFigures;
  industryCode: Scalars['String']['output'];
  own: BenchmarkFigures;
  region: Region;
};

export type BenchmarkCompetence = {
  __typename?: 'BenchmarkCompetence';
  competence: Competence;
  county: Maybe<Scalars['Float']['output']>;
  industry: Maybe<Scalars['Float']['output']>;
  own: Maybe<Scalars['Float']['output']>;
};

/** A group's figures; null when withheld. */
export type BenchmarkFigures = {
  __typename?: 'BenchmarkFigures';
  /** Share (0–1) of requirements that have been assessed. */
  assessedShare: Maybe<Scalars['Float']['output']>;
  /** Share (0–1) of assessed requirements that are met. */
  coverage: Maybe<Scalars['Float']['output']>;
  firms: Maybe<Scalars['Int']['output']>;
  /** Fewer than 3 other firms or 5 of their people: withheld. */
  suppressed: Scalars['Boolean']['output'];
  weightedGapPerPerson: Maybe<Scalars['Float']['output']>;
};

export type Budget = {
  __typename?: 'Budget';
  company: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  level: BudgetLevel;
  lines: Array<BudgetLine>;
  /** One row per month of the period, oldest first: the burn-down. */
  months: Array<BudgetMonth>;
  name: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  region: Maybe<Region>;
  /** The county: set for region budgets and firms' budgets. */
  regionCode: Maybe<Scalars['ID']['output']>;
  summary: BudgetSummary;
};

export type BudgetCreateInput = {
  /** Required for a firm's budget. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  level: BudgetLevel;
  lines: Array<BudgetLineInput>;
  name: Scalars['String']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  /** Required for a region budget; a firm's budget takes the firm's county. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

export type BudgetCreatePayload = {
  __typename?: 'BudgetCreatePayload';
  budget: Maybe<Budget>;
  userErrors: Array<UserError>;
};

/** Which figure an entry counts in: a reversal counts in the figure of the entry it reverses. */
export type BudgetFigure =
  | 'ACTUAL'
  /** Commitments and releases. */
  | 'COMMITTED';

/** Whose budget: the whole programme, one county (sub-project), or one firm. */
export type BudgetLevel =
  | 'COMPANY'
  | 'PROGRAMME'
  | 'REGION';

/** One cost category from one funding source within a budget. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  amount: Scalars['Money']['output'];
  budgetId: Scalars['ID']['output'];
  category: CostCategory;
  /** The co-financing share in basis points (10000 = 100 %). */
  coFinancingShareBp: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  source: FundingSource;
  summary: BudgetSummary;
};

export type BudgetLineInput = {
  /** Öre. */
  amount: Scalars['Money']['input'];
  category: CostCategory;
  coFinancingShareBp?: InputMaybe<Scalars['Int']['input']>;
  source: FundingSource;
};

/**
 * One month of a budget's period. Commitments are dated on their occasion's start, so months
 * ahead show planned spending.
 */
export type BudgetMonth = {
  __typename?: 'BudgetMonth';
  actual: Scalars['Money']['output'];
  committed: Scalars['Money']['output'];
  cumulativeActual: Scalars['Money']['output'];
  cumulativeCommitted: Scalars['Money']['output'];
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** amount − max(cumulativeCommitted, cumulativeActual). */
  remaining: Scalars['Money']['output'];
};

/** A firm admin's request to enrol someone over budget, decided by a programme or region admin. */
export type BudgetOverrideRequest = {
  __typename?: 'BudgetOverrideRequest';
  /** The commitment the enrolment would make (fee + participant time) when asked. */
  amount: Scalars['Money']['output'];
  company: Company;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who decided (display name). */
  decidedBy: Maybe<Scalars['String']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  employee: Employee;
  /** The enrolment made when approved. */
  enrolment: Maybe<Enrolment>;
  id: Scalars['ID']['output'];
  occasion: Occasion;
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked (display name). */
  requestedBy: Maybe<Scalars['String']['output']>;
  status: BudgetOverrideStatus;
};

export type BudgetOverrideRequestInput = {
  employeeId: Scalars['ID']['input'];
  occasionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type BudgetOverrideRequestPayload = {
  __typename?: 'BudgetOverrideRequestPayload';
  request: Maybe<BudgetOverrideRequest>;
  userErrors: Array<UserError>;
};

export type BudgetOverrideStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/**
 * A line's or budget's figures in öre. committed = commitments + releases (negative); actual =
 * actuals; a reversal counts in the kind it reverses; remaining = amount − max(committed, actual).
 * A budget's figures are the sums over its lines.
 */
export type BudgetSummary = {
  __typename?: 'BudgetSummary';
  actual: Scalars['Money']['output'];
  amount: Scalars['Money']['output'];
  committed: Scalars['Money']['output'];
  /**
   * Expected at the period's end: what is spent plus what is committed for occasions still ahead
   * (dated after today), and never less than what is committed.
   */
  forecast: Scalars['Money']['output'];
  remaining: Scalars['Money']['output'];
};

export type CandidateGap = {
  __typename?: 'CandidateGap';
  competence: Competence;
  /** Up to three live courses that reach the required level, those with an occasion within six months first. */
  courses: Array<Course>;
  /** Null when never assessed. */
  gap: Maybe<Scalars['Int']['output']>;
  /** Null when never assessed. */
  level: Maybe<Scalars['Int']['output']>;
  requiredLevel: Scalars['Int']['output'];
};

export type Certificate = {
  __typename?: 'Certificate';
  competence: Maybe<Competence>;
  employee: Employee;
  expiresOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  issuedOn: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
};

export type CertificateInput = {
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  name: Scalars['String']['input'];
};

export type CertificatePayload = {
  __typename?: 'CertificatePayload';
  certificate: Maybe<Certificate>;
  userErrors: Array<UserError>;
};

export type Company = {
  __typename?: 'Company';
  benchmark: Benchmark;
  coverage: Array<CoverageRow>;
  employeeCount: Scalars['Int']['output'];
  /** Employees the viewer may see, by last name; an employee sees only themself. */
  employees: EmployeeConnection;
  /** Certificates that expire within the given number of days (or have expired). */
  expiringCertificates: Array<Certificate>;
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  jobRoles: Array<JobRole>;
  keyPersonRisks: Array<KeyPersonRisk>;
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The guided start's progress: the firm's admins. */
  onboarding: OnboardingProgress;
  /** Organisation number, NNNNNN-NNNN. */
  orgNumber: Scalars['String']['output'];
  /** Current placements the firm offers (as the viewer may see them). */
  placements: Array<Placement>;
  /** The firm's recruitment needs: its admins, region owner and programme admins. */
  recruitmentNeeds: Array<RecruitmentNeed>;
  region: Region;
  size: CompanySize;
  skillsMatrix: SkillsMatrix;
  /** SNI 2007 industry code. */
  sniCode: Scalars['String']['output'];
  supplyPlan: Array<SupplyPlanItem>;
  /** Visible to the firm's admins, its region's admins and programme admins. */
  trainingPlan: TrainingPlan;
  /** Whether the viewer may add and edit this company's employees. */
  viewerCanManage: Scalars['Boolean']['output'];
};


export type CompanyEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyExpiringCertificatesArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanySkillsMatrixArgs = {
  group?: InputMaybe<EmployeeGroup>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  nodes: Array<Company>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  /** County code, e.g. 03. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name, organisation number or municipality. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** SNI code or its prefix, e.g. 24 or 24.51. */
  sniCode?: InputMaybe<Scalars['String']['input']>;
};

export type CompanySize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type Competence = {
  __typename?: 'Competence';
  area: CompetenceArea;
  code: Scalars['String']['output'];
  /** Set for a firm's own local competence; null for the programme-wide framework. */
  company: Maybe<Company>;
  descriptionEn: Maybe<Scalars['String']['output']>;
  descriptionSv: Scalars['String']['output'];
  /** ESCO skill concept URI, when linked. */
  escoUri: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** JobTech taxonomy concept id, when linked. */
  jobtechConceptId: Maybe<Scalars['String']['output']>;
  nameEn: Maybe<Scalars['String']['output']>;
  nameSv: Scalars['String']['output'];
  retired: Scalars['Boolean']['output'];
};

export type CompetenceArea = {
  __typename?: 'CompetenceArea';
  code: Scalars['String']['output'];
  /** The area's competences the viewer may see, by name. */
  competences: Array<Competence>;
  id: Scalars['ID']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameSv: Scalars['String']['output'];
};


export type CompetenceAreaCompetencesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CompetenceDeveloped = {
  __typename?: 'CompetenceDeveloped';
  competenceCode: Scalars['String']['output'];
  firms: Scalars['Int']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameSv: Scalars['String']['output'];
  /** People whose level rose since their first assessment. */
  people: Scalars['Int']['output'];
};

export type CompetenceHolder = {
  __typename?: 'CompetenceHolder';
  assessedOn: Scalars['Date']['output'];
  employee: Employee;
  level: Scalars['Int']['output'];
  source: AssessmentSource;
};

export type CompetenceHolderConnection = {
  __typename?: 'CompetenceHolderConnection';
  nodes: Array<CompetenceHolder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompetenceInput = {
  areaId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionSv: Scalars['String']['input'];
  escoUri?: InputMaybe<Scalars['String']['input']>;
  jobtechConceptId?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameSv: Scalars['String']['input'];
};

export type CompetencePayload = {
  __typename?: 'CompetencePayload';
  competence: Maybe<Competence>;
  userErrors: Array<UserError>;
};

/** One cell of the skills matrix: a person's standing in one competence their roles require. */
export type CompetenceStanding = {
  __typename?: 'CompetenceStanding';
  assessedOn: Maybe<Scalars['Date']['output']>;
  competence: Competence;
  /** Null when never assessed. */
  currentLevel: Maybe<Scalars['Int']['output']>;
  currentSource: Maybe<AssessmentSource>;
  futureBy: Maybe<Scalars['Date']['output']>;
  futureLevel: Maybe<Scalars['Int']['output']>;
  /** required − current where positive; null when never assessed. */
  gap: Maybe<Scalars['Int']['output']>;
  importance: Importance;
  requiredLevel: Scalars['Int']['output'];
  weightedGap: Maybe<Scalars['Int']['output']>;
};

export type CostCategory =
  | 'COURSE_FEES'
  | 'OTHER'
  /** Participants' time, valued at their salary cost. */
  | 'PARTICIPANT_TIME'
  | 'TRAVEL';

export type CostComparison = {
  __typename?: 'CostComparison';
  firms: Array<FirmCostRow>;
  from: Scalars['Date']['output'];
  industries: Array<IndustryCostRow>;
  to: Scalars['Date']['output'];
  total: CostFigures;
};

export type CostFigures = {
  __typename?: 'CostFigures';
  /** Levels gained in completed courses' competences (assessed after versus before the occasion). */
  closedGapLevels: Scalars['Int']['output'];
  /** Actual spending in the period, all categories. */
  cost: Scalars['Money']['output'];
  costPerClosedLevel: Maybe<Scalars['Money']['output']>;
  costPerHour: Maybe<Scalars['Money']['output']>;
  costPerParticipant: Maybe<Scalars['Money']['output']>;
  /** People with attested training time in the period. */
  participants: Scalars['Int']['output'];
  /** Attested hours. */
  trainingHours: Scalars['Float']['output'];
};

export type CountRow = {
  __typename?: 'CountRow';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Public figures carry names themselves: the public page has no signed-in loaders. */
export type CountyResult = {
  __typename?: 'CountyResult';
  firms: Scalars['Int']['output'];
  gapsClosed: Maybe<Scalars['Int']['output']>;
  joinedFirms: Scalars['Int']['output'];
  participants: Maybe<Scalars['Int']['output']>;
  regionCode: Scalars['ID']['output'];
  regionName: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  trainingHours: Maybe<Scalars['Int']['output']>;
};

export type Course = {
  __typename?: 'Course';
  audience: Audience;
  competences: Array<CourseCompetence>;
  descriptionEn: Maybe<Scalars['String']['output']>;
  descriptionSv: Scalars['String']['output'];
  /** Participants' comments, for the course's provider and programme admins. */
  evaluationComments: Array<Scalars['String']['output']>;
  evaluationSummary: EvaluationSummary;
  format: CourseFormat;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  lengthHours: Scalars['Int']['output'];
  /** Occasions that have started, newest first: where providers record attendance. */
  pastOccasions: Array<Occasion>;
  prerequisites: Maybe<Scalars['String']['output']>;
  /** Price for a whole tailored occasion in öre. */
  pricePerOccasion: Maybe<Scalars['Money']['output']>;
  /** Price per participant in öre. */
  pricePerParticipant: Maybe<Scalars['Money']['output']>;
  provider: Provider;
  retired: Scalars['Boolean']['output'];
  titleEn: Maybe<Scalars['String']['output']>;
  titleSv: Scalars['String']['output'];
  /** Assessed level before versus after the course, for the competences it targets. */
  trainingEffect: Array<TrainingEffect>;
  /** Occasions from today on, soonest first. */
  upcomingOccasions: Array<Occasion>;
  version: Scalars['Int']['output'];
};


export type CoursePastOccasionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CourseUpcomingOccasionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CourseCompetence = {
  __typename?: 'CourseCompetence';
  competence: Competence;
  /** The level the course brings a participant to. */
  targetLevel: Scalars['Int']['output'];
};

export type CourseCompetenceInput = {
  competenceId: Scalars['ID']['input'];
  targetLevel: Scalars['Int']['input'];
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  nodes: Array<Course>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseFormat =
  | 'BLENDED'
  | 'CLASSROOM'
  | 'ONLINE'
  | 'ON_SITE';

export type CourseInput = {
  audience: Audience;
  competences: Array<CourseCompetenceInput>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionSv: Scalars['String']['input'];
  format: CourseFormat;
  language?: InputMaybe<Scalars['String']['input']>;
  lengthHours: Scalars['Int']['input'];
  prerequisites?: InputMaybe<Scalars['String']['input']>;
  pricePerOccasion?: InputMaybe<Scalars['Money']['input']>;
  pricePerParticipant?: InputMaybe<Scalars['Money']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
  titleSv: Scalars['String']['input'];
};

/** A provider's answer to a course request: one of its courses, on these dates, at this price. */
export type CourseOffer = {
  __typename?: 'CourseOffer';
  /** The occasion created when the requester accepted this offer; null until then. */
  acceptedOccasion: Maybe<Occasion>;
  course: Course;
  createdAt: Scalars['DateTime']['output'];
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Price for the whole occasion in öre. */
  price: Scalars['Money']['output'];
  provider: Provider;
  request: CourseRequest;
  startsOn: Scalars['Date']['output'];
};

export type CourseOfferAcceptPayload = {
  __typename?: 'CourseOfferAcceptPayload';
  courseOffer: Maybe<CourseOffer>;
  userErrors: Array<UserError>;
};

export type CourseOfferCreatePayload = {
  __typename?: 'CourseOfferCreatePayload';
  courseOffer: Maybe<CourseOffer>;
  userErrors: Array<UserError>;
};

export type CourseOfferInput = {
  /** One of the provider's own courses. */
  courseId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Price for the whole occasion in öre. */
  price: Scalars['Money']['input'];
  startsOn: Scalars['Date']['input'];
};

export type CoursePayload = {
  __typename?: 'CoursePayload';
  course: Maybe<Course>;
  userErrors: Array<UserError>;
};

export type CourseRecommendation = {
  __typename?: 'CourseRecommendation';
  course: Course;
  gapLevelsClosed: Scalars['Int']['output'];
  /** Upcoming occasions in the firm's county or online. */
  nextOccasions: Array<Occasion>;
  people: Scalars['Int']['output'];
  /** Fee per closed gap level, in öre. */
  pricePerGapLevel: Maybe<Scalars['Money']['output']>;
  steps: Array<RecommendationStep>;
  weightedGapClosed: Scalars['Int']['output'];
};


export type CourseRecommendationNextOccasionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A request for a tailored course (beställd utbildning): from one firm for a group of its people,
 * or a joint request a region admin gathers for several firms of the county with the same gap.
 * Providers of the county see open and offered requests and answer with offers.
 */
export type CourseRequest = {
  __typename?: 'CourseRequest';
  /** The requesting firm; null for a joint request of the county. */
  company: Maybe<Company>;
  /** What the course should develop (programme-wide competences). */
  competences: Array<Competence>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Offers made on the request, oldest first. A provider sees only its own. */
  offers: Array<CourseOffer>;
  participants: Scalars['Int']['output'];
  /** The county the course is for: the firm's, or the region admin's for a joint request. */
  region: Region;
  status: CourseRequestStatus;
  /** The period the course is wanted in, both days included. */
  wantedFrom: Scalars['Date']['output'];
  wantedTo: Scalars['Date']['output'];
};

export type CourseRequestClosePayload = {
  __typename?: 'CourseRequestClosePayload';
  courseRequest: Maybe<CourseRequest>;
  userErrors: Array<UserError>;
};

export type CourseRequestCreatePayload = {
  __typename?: 'CourseRequestCreatePayload';
  courseRequest: Maybe<CourseRequest>;
  userErrors: Array<UserError>;
};

export type CourseRequestInput = {
  /** Programme-wide competences, at least one. */
  competenceIds: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1–500. */
  participants: Scalars['Int']['input'];
  wantedFrom: Scalars['Date']['input'];
  wantedTo: Scalars['Date']['input'];
};

/** A request's life: open → offered (a provider answered) → accepted (an occasion was created), or closed by the requester. */
export type CourseRequestStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'OFFERED'
  | 'OPEN';

export type CourseSearch = {
  audience?: InputMaybe<Audience>;
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  format?: InputMaybe<CourseFormat>;
  /** Only courses with an open upcoming occasion that has free seats. */
  freeSeats?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only courses with an occasion starting in this period. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Highest price per participant in öre. */
  maxPrice?: InputMaybe<Scalars['Money']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Swedish full-text search over titles and descriptions. */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CourseSort =
  | 'NEXT_OCCASION'
  | 'PRICE'
  | 'RELEVANCE'
  | 'TITLE';

/** How well a company covers one competence its roles require. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  competence: Competence;
  /** Of those, how many are at or above the required level. */
  covered: Scalars['Int']['output'];
  critical: Scalars['Boolean']['output'];
  /** Everyone in the firm at or above the highest required level, whatever their role. */
  holders: Scalars['Int']['output'];
  /** People whose roles require it. */
  required: Scalars['Int']['output'];
  /** A critical competence that only one person holds. */
  singlePointOfKnowledge: Scalars['Boolean']['output'];
};

/** Course demand for one competence × county × required level × group. */
export type DemandCell = {
  __typename?: 'DemandCell';
  /** Firms with unmet demand: for region and programme admins only. */
  companies: Maybe<Array<Company>>;
  competence: Competence;
  firms: Maybe<Scalars['Int']['output']>;
  group: EmployeeGroup;
  hasCourse: Scalars['Boolean']['output'];
  hasUpcomingOccasion: Scalars['Boolean']['output'];
  /** People with a gap; null when suppressed. */
  people: Maybe<Scalars['Int']['output']>;
  /** Of them, already on an upcoming course for it. */
  planned: Maybe<Scalars['Int']['output']>;
  region: Region;
  suppressed: Scalars['Boolean']['output'];
  targetLevel: Scalars['Int']['output'];
  /** Gaps that no course, or no planned or open occasion within six months, meets. */
  unmet: Maybe<Scalars['Int']['output']>;
};

/** ISCED 2011 bands as EU social fund participant statistics group them. */
export type EducationLevel =
  | 'ISCED_0_2'
  | 'ISCED_3_4'
  | 'ISCED_5_8';

export type Employee = {
  __typename?: 'Employee';
  active: Scalars['Boolean']['output'];
  assessmentPrompts: Array<AssessmentPrompt>;
  /** Every assessment of the person, newest first; optionally of one competence. */
  assessments: Array<Assessment>;
  birthYear: Maybe<Scalars['Int']['output']>;
  certificates: Array<Certificate>;
  company: Company;
  educationLevel: Maybe<EducationLevel>;
  email: Maybe<Scalars['String']['output']>;
  employmentStart: Scalars['Date']['output'];
  enrolments: Array<Enrolment>;
  firstName: Scalars['String']['output'];
  gender: Maybe<Gender>;
  group: EmployeeGroup;
  /** Hourly salary cost including social fees, in öre. */
  hourlyCost: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  roles: Array<JobRole>;
  /** Current versus required level for every competence the person's roles require. */
  standings: Array<CompetenceStanding>;
  /** Increases with every change; pass it back as expectedVersion to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


export type EmployeeAssessmentsArgs = {
  competenceId?: InputMaybe<Scalars['ID']['input']>;
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  nodes: Array<Employee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeCreatePayload = {
  __typename?: 'EmployeeCreatePayload';
  employee: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type EmployeeDeactivatePayload = {
  __typename?: 'EmployeeDeactivatePayload';
  employee: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeGroup =
  | 'MANAGEMENT'
  | 'STAFF';

export type EmployeeInput = {
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  educationLevel?: InputMaybe<EducationLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  employmentStart: Scalars['Date']['input'];
  firstName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  group: EmployeeGroup;
  /** Öre per hour, social fees included. */
  hourlyCost: Scalars['Money']['input'];
  jobTitle: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
};

export type EmployeeInvitePayload = {
  __typename?: 'EmployeeInvitePayload';
  employee: Maybe<Employee>;
  /** Path of the one-time link to set a password (shown once; null when the person already has an account). */
  invitationPath: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type EmployeeRolesPayload = {
  __typename?: 'EmployeeRolesPayload';
  employee: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type EmployeeUpdatePayload = {
  __typename?: 'EmployeeUpdatePayload';
  employee: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type Enrolment = {
  __typename?: 'Enrolment';
  createdAt: Scalars['DateTime']['output'];
  employee: Employee;
  id: Scalars['ID']['output'];
  occasion: Occasion;
  status: EnrolmentStatus;
  waitlistedAt: Maybe<Scalars['DateTime']['output']>;
};

export type EnrolmentOutcome =
  | 'ATTENDED'
  | 'COMPLETED'
  | 'NO_SHOW';

export type EnrolmentPayload = {
  __typename?: 'EnrolmentPayload';
  enrolment: Maybe<Enrolment>;
  userErrors: Array<UserError>;
};

export type EnrolmentStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'OFFERED'
  | 'REQUESTED'
  | 'WAITLISTED';

export type Evaluation = {
  __typename?: 'Evaluation';
  comment: Maybe<Scalars['String']['output']>;
  rating: Scalars['Int']['output'];
};

export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  evaluation: Maybe<Evaluation>;
  userErrors: Array<UserError>;
};

export type EvaluationSummary = {
  __typename?: 'EvaluationSummary';
  /** Average rating 1–5, two decimals; null before the first rating. */
  average: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
};

export type FirmCostRow = {
  __typename?: 'FirmCostRow';
  /** The firm's budgets overlapping the period. */
  budgetAmount: Scalars['Money']['output'];
  company: Company;
  figures: CostFigures;
};

/** Ledger sums for one cost category and funding source, over entries dated in the period. */
export type FunderCostRow = {
  __typename?: 'FunderCostRow';
  actual: Scalars['Money']['output'];
  category: CostCategory;
  committed: Scalars['Money']['output'];
  /** How many ledger entries the figures sum. */
  entries: Scalars['Int']['output'];
  source: FundingSource;
};

export type FunderFirmRow = {
  __typename?: 'FunderFirmRow';
  actual: Scalars['Money']['output'];
  attestedHours: Scalars['Float']['output'];
  coFinancing: Scalars['Money']['output'];
  company: Company;
  participants: Scalars['Int']['output'];
};

/**
 * The funder report for a county or the programme and a period. Every cost figure is a sum of
 * ledger entries dated in the period (trace it with ledgerEntries and the same filter).
 */
export type FunderReport = {
  __typename?: 'FunderReport';
  attestedHours: Scalars['Float']['output'];
  /** Keys UNDER_30, FROM_30_TO_54, FROM_55, UNKNOWN (age at the period's end). */
  byAgeBand: Array<CountRow>;
  /** Keys ISCED_0_2, ISCED_3_4, ISCED_5_8, UNKNOWN. */
  byEducation: Array<CountRow>;
  /** Keys WOMAN, MAN, NON_BINARY, UNKNOWN. */
  byGender: Array<CountRow>;
  /** Keys STAFF, MANAGEMENT. */
  byGroup: Array<CountRow>;
  /** The actual on participant-time lines: attested hours valued at salary cost, the firms' co-financing. */
  coFinancing: Scalars['Money']['output'];
  costs: Array<FunderCostRow>;
  coursesHeld: Scalars['Int']['output'];
  firmRows: Array<FunderFirmRow>;
  firms: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  ledgerEntryCount: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  /** Null for the whole programme. */
  regionCode: Maybe<Scalars['ID']['output']>;
  to: Scalars['Date']['output'];
  totalActual: Scalars['Money']['output'];
  totalCommitted: Scalars['Money']['output'];
};

export type FundingSource =
  /** The firm's own contribution (co-financing). */
  | 'OWN_CONTRIBUTION'
  | 'PROGRAMME_GRANT'
  | 'REGIONAL';

/** How gap rows are grouped. */
export type GapGrouping =
  | 'COMPANY'
  | 'COMPETENCE'
  | 'EMPLOYEE'
  | 'GROUP'
  | 'INDUSTRY'
  | 'PROGRAMME'
  | 'REGION'
  | 'ROLE';

/**
 * An aggregate of gaps. For providers and integration clients, a row that covers fewer than
 * 3 firms or 5 people is suppressed: its figures are null.
 */
export type GapRow = {
  __typename?: 'GapRow';
  company: Maybe<Company>;
  /** What the row is about, depending on the grouping. */
  competence: Maybe<Competence>;
  employee: Maybe<Employee>;
  firms: Maybe<Scalars['Int']['output']>;
  group: Maybe<EmployeeGroup>;
  industry: Maybe<Industry>;
  /** People whose roles require the competence(s) counted in the row. */
  people: Maybe<Scalars['Int']['output']>;
  peopleWithGap: Maybe<Scalars['Int']['output']>;
  region: Maybe<Region>;
  role: Maybe<JobRole>;
  suppressed: Scalars['Boolean']['output'];
  /** Sum of required − current over assessed people. */
  totalGap: Maybe<Scalars['Int']['output']>;
  /** Required competences never assessed. */
  unassessed: Maybe<Scalars['Int']['output']>;
  /** Sum of gaps weighted by importance (critical 3, important 2, useful 1). */
  weightedGap: Maybe<Scalars['Int']['output']>;
};

export type GapScope = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these competences. */
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  group?: InputMaybe<EmployeeGroup>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

export type Gender =
  | 'MAN'
  | 'NON_BINARY'
  | 'WOMAN';

export type Importance =
  | 'CRITICAL'
  | 'IMPORTANT'
  | 'USEFUL';

export type Industry = {
  __typename?: 'Industry';
  companyCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  sniCode: Scalars['String']['output'];
};

export type IndustryCostRow = {
  __typename?: 'IndustryCostRow';
  figures: CostFigures;
  firms: Scalars['Int']['output'];
  industry: Scalars['String']['output'];
};

/** One of the firm's people as a candidate for a role, ranked by distance to the role's requirements. */
export type InternalCandidate = {
  __typename?: 'InternalCandidate';
  /** Σ importance weight × levels missing (a never-assessed requirement counted from 0). Lower is closer. */
  distance: Scalars['Int']['output'];
  employee: Employee;
  /** Requirements not met or not assessed. */
  gaps: Array<CandidateGap>;
  holdsRole: Scalars['Boolean']['output'];
  met: Scalars['Int']['output'];
  requirements: Scalars['Int']['output'];
  unassessed: Scalars['Int']['output'];
};

export type JobRole = {
  __typename?: 'JobRole';
  company: Company;
  group: EmployeeGroup;
  /** How many active employees hold the role. */
  holderCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameSv: Scalars['String']['output'];
  requirements: Array<RoleRequirement>;
};

export type JobRoleInput = {
  group?: InputMaybe<EmployeeGroup>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameSv: Scalars['String']['input'];
};

export type JobRolePayload = {
  __typename?: 'JobRolePayload';
  jobRole: Maybe<JobRole>;
  userErrors: Array<UserError>;
};

/** A firm's application to join the programme (seen by the county's region admins and programme admins). */
export type JoinApplication = {
  __typename?: 'JoinApplication';
  /** The company created on approval. */
  company: Maybe<Company>;
  companyName: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  employeeCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  motivation: Maybe<Scalars['String']['output']>;
  municipality: Scalars['String']['output'];
  orgNumber: Scalars['String']['output'];
  region: Region;
  size: CompanySize;
  sniCode: Scalars['String']['output'];
  status: JoinApplicationStatus;
};

export type JoinApplicationApprovePayload = {
  __typename?: 'JoinApplicationApprovePayload';
  application: Maybe<JoinApplication>;
  /** Path of the one-time link for the new admin to set a password (shown once; null when they already had an account). */
  invitationPath: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type JoinApplicationInput = {
  companyName: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  employeeCount: Scalars['Int']['input'];
  industry: Scalars['String']['input'];
  motivation?: InputMaybe<Scalars['String']['input']>;
  municipality: Scalars['String']['input'];
  /** NNNNNN-NNNN; the check digit is verified. */
  orgNumber: Scalars['String']['input'];
  regionCode: Scalars['ID']['input'];
  sniCode: Scalars['String']['input'];
};

export type JoinApplicationPayload = {
  __typename?: 'JoinApplicationPayload';
  application: Maybe<JoinApplication>;
  userErrors: Array<UserError>;
};

/** What the applicant gets back: enough to say thank you, nothing more. */
export type JoinApplicationReceipt = {
  __typename?: 'JoinApplicationReceipt';
  companyName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: JoinApplicationStatus;
};

export type JoinApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type JoinApplicationSubmitPayload = {
  __typename?: 'JoinApplicationSubmitPayload';
  application: Maybe<JoinApplicationReceipt>;
  userErrors: Array<UserError>;
};

/**
 * A competence for which people in at least two firms of a county have a gap and no occasion in
 * the next six months covers the level they need: material for a joint course.
 */
export type JointCourseCandidate = {
  __typename?: 'JointCourseCandidate';
  /** The firms, most people first. */
  companies: Array<JointCourseCandidateCompany>;
  competence: Competence;
  /** Firms those people work at. */
  firms: Scalars['Int']['output'];
  /** People with an uncovered gap in the competence. */
  people: Scalars['Int']['output'];
};

export type JointCourseCandidateCompany = {
  __typename?: 'JointCourseCandidateCompany';
  company: Company;
  /** The firm's people with an uncovered gap in the competence. */
  people: Scalars['Int']['output'];
};

export type KeyPersonRisk = {
  __typename?: 'KeyPersonRisk';
  competence: Competence;
  employee: Employee;
  reason: KeyPersonRiskReason;
  /** For RETIRING: the year the person turns 65. */
  retirementYear: Maybe<Scalars['Int']['output']>;
};

export type KeyPersonRiskReason =
  | 'RETIRING'
  | 'SINGLE_HOLDER';

/** One row of the append-only budget ledger: never changed, corrected by a reversal. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** Öre, signed: releases and reversals of commitments or actuals are negative. */
  amount: Scalars['Money']['output'];
  budgetId: Scalars['ID']['output'];
  budgetLine: BudgetLine;
  category: CostCategory;
  /** The firm, for entries on a firm's budget. */
  company: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  /** Who recorded it; null for entries made by the system. */
  createdBy: Maybe<Scalars['String']['output']>;
  enrolmentId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  invoiceNumber: Maybe<Scalars['String']['output']>;
  kind: LedgerKind;
  occurredOn: Scalars['Date']['output'];
  /** Whether an admin approved taking the line over its amount with this entry. */
  overrideApproved: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  /** For a reversal: the entry it reverses. */
  reverses: Maybe<LedgerEntry>;
  source: FundingSource;
};

export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  nodes: Array<LedgerEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEntryCreateInput = {
  /** Öre, positive (a release is stored negative). */
  amount: Scalars['Money']['input'];
  budgetLineId: Scalars['ID']['input'];
  enrolmentId?: InputMaybe<Scalars['ID']['input']>;
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  /** COMMITMENT, ACTUAL or RELEASE; reverse an entry with ledgerEntryReverse. */
  kind: LedgerKind;
  occurredOn: Scalars['Date']['input'];
  /** A programme or region admin approves going over the line's amount (audited). */
  overrideApproved?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};

export type LedgerEntryCreatePayload = {
  __typename?: 'LedgerEntryCreatePayload';
  entry: Maybe<LedgerEntry>;
  userErrors: Array<UserError>;
};

export type LedgerEntryReversePayload = {
  __typename?: 'LedgerEntryReversePayload';
  entry: Maybe<LedgerEntry>;
  userErrors: Array<UserError>;
};

export type LedgerFilter = {
  budgetId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<CostCategory>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The entries an enrolment made: its commitments and their releases. */
  enrolmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The figure the entry counts in (reversals included): what a committed or actual sum is made of. */
  figure?: InputMaybe<BudgetFigure>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The stored kind. */
  kind?: InputMaybe<LedgerKind>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<FundingSource>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A ledger entry's kind. COMMITMENT reserves money, ACTUAL is money spent, RELEASE gives reserved
 * money back (stored negative), REVERSAL cancels one earlier entry and counts in that entry's kind.
 */
export type LedgerKind =
  | 'ACTUAL'
  | 'COMMITMENT'
  | 'RELEASE'
  | 'REVERSAL';

/** A level of the programme's 1–5 proficiency scale. */
export type LevelDescriptor = {
  __typename?: 'LevelDescriptor';
  descriptionEn: Scalars['String']['output'];
  descriptionSv: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  nameEn: Scalars['String']['output'];
  nameSv: Scalars['String']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  company: Maybe<Company>;
  employee: Maybe<Employee>;
  id: Scalars['ID']['output'];
  provider: Maybe<Provider>;
  region: Maybe<Region>;
  role: Role;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records assessments, all or none: SELF when the viewer assesses themself, MANAGER when a
   * company admin assesses their people. Earlier assessments are kept as history.
   */
  assessmentsRecord: AssessmentsRecordPayload;
  /** Creates a budget with its lines: programme admins any, region admins their county's and its firms'. */
  budgetCreate: BudgetCreatePayload;
  /** A firm admin asks to enrol someone the budget does not cover (after OVER_BUDGET). */
  budgetOverrideRequestCreate: BudgetOverrideRequestPayload;
  /**
   * Programme admins and the county's region admins: approve (enrols the person with the override
   * on the ledger, audited) or reject (a note is required).
   */
  budgetOverrideRequestDecide: BudgetOverrideRequestPayload;
  certificateCreate: CertificatePayload;
  certificateDelete: CertificatePayload;
  /** Adds a programme-wide competence (programme admins) or, with companyId, a firm's local one (its admins). */
  competenceCreate: CompetencePayload;
  /** Retires a competence: it keeps its history but takes no new requirements or assessments. */
  competenceRetire: CompetencePayload;
  competenceUpdate: CompetencePayload;
  /** A provider publishes a course. */
  courseCreate: CoursePayload;
  /**
   * The requester accepts an offer: creates the occasion (tailored for the firm, or open to the
   * county for a joint request) and marks the request ACCEPTED. Other offers stay as history.
   */
  courseOfferAccept: CourseOfferAcceptPayload;
  /** A provider offers one of its courses for an open or offered request of its county. */
  courseOfferCreate: CourseOfferCreatePayload;
  /** The requester closes an open or offered request; its offers stay as history. */
  courseRequestClose: CourseRequestClosePayload;
  /**
   * Requests a tailored course. Give companyId for a firm's request (by its admins), or regionCode
   * for a joint request of the county (by its region admin); exactly one of them.
   */
  courseRequestCreate: CourseRequestCreatePayload;
  courseRetire: CoursePayload;
  courseUpdate: CoursePayload;
  employeeCreate: EmployeeCreatePayload;
  /** Marks the employee as no longer employed; history is kept. */
  employeeDeactivate: EmployeeDeactivatePayload;
  /** Gives an employee their own sign-in (for self-assessment) through a one-time link. */
  employeeInvite: EmployeeInvitePayload;
  /** Sets which of the firm's roles a person holds. */
  employeeRolesSet: EmployeeRolesPayload;
  /** Replaces the employee's details. With expectedVersion, refuses (STALE) if someone else changed them since. */
  employeeUpdate: EmployeeUpdatePayload;
  /** Accepts a seat offered from the waiting list. */
  enrolmentAcceptOffer: EnrolmentPayload;
  /** The company admin approves a requested enrolment: CONFIRMED while seats last, else WAITLISTED. */
  enrolmentApprove: EnrolmentPayload;
  /** Cancels an enrolment; a freed seat is offered to the first on the waiting list. */
  enrolmentCancel: EnrolmentPayload;
  /**
   * Enrols a person on an occasion. A company admin enrols their people: CONFIRMED while seats
   * last, else WAITLISTED. An employee asking for themself gets REQUESTED until their admin approves.
   */
  enrolmentCreate: EnrolmentPayload;
  /** The provider or the firm records attendance or completion after the occasion has started. */
  enrolmentRecordOutcome: EnrolmentPayload;
  /** A participant rates a course they took part in. */
  evaluationSubmit: EvaluationPayload;
  /** Adds a job role to the firm (its admins). */
  jobRoleCreate: JobRolePayload;
  /** Copies an industry template into the firm's roles. */
  jobRoleCreateFromTemplate: JobRolePayload;
  /** Removes a role, its requirement profile and who holds it; assessments are kept. */
  jobRoleDelete: JobRolePayload;
  jobRoleUpdate: JobRolePayload;
  /** Creates the company, its first admin and a one-time invitation link. */
  joinApplicationApprove: JoinApplicationApprovePayload;
  joinApplicationReject: JoinApplicationPayload;
  /** Open to anyone, signed in or not. */
  joinApplicationSubmit: JoinApplicationSubmitPayload;
  /** Records a commitment, actual or release; refused with OVER_BUDGET if it takes the line over its amount, unless overridden. */
  ledgerEntryCreate: LedgerEntryCreatePayload;
  /** Reverses an entry with a new, opposite entry; the original is never changed. */
  ledgerEntryReverse: LedgerEntryReversePayload;
  /** Cancels the occasion and every live enrolment on it. */
  occasionCancel: OccasionPayload;
  occasionCreate: OccasionPayload;
  occasionUpdate: OccasionPayload;
  /** The participant or their firm's admin attests a month's training time; refused (LOCKED) once the month is reported. */
  participantTimeAttest: ParticipantTimeAttestPayload;
  /** Reports a firm's month: its participant time is locked for good. The firm's admins, the county's and programme's admins. */
  participantTimeLock: ParticipantTimeLockPayload;
  placementCreate: PlacementPayload;
  placementDelete: PlacementPayload;
  /** A provider of the county records how many places it has filled (a count, never who). */
  placementFill: PlacementPayload;
  placementUpdate: PlacementPayload;
  roleRequirementRemove: JobRolePayload;
  /** Sets (adds or replaces) what the role requires of one competence. */
  roleRequirementSet: JobRolePayload;
  roleTemplateCreate: RoleTemplatePayload;
  roleTemplateUpdate: RoleTemplatePayload;
  supplyPlanItemCreate: SupplyPlanItemPayload;
  supplyPlanItemDelete: SupplyPlanItemPayload;
  supplyPlanItemUpdate: SupplyPlanItemPayload;
};


export type MutationAssessmentsRecordArgs = {
  input: Array<AssessmentInput>;
};


export type MutationBudgetCreateArgs = {
  input: BudgetCreateInput;
};


export type MutationBudgetOverrideRequestCreateArgs = {
  input: BudgetOverrideRequestInput;
};


export type MutationBudgetOverrideRequestDecideArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCertificateCreateArgs = {
  employeeId: Scalars['ID']['input'];
  input: CertificateInput;
};


export type MutationCertificateDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompetenceCreateArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  input: CompetenceInput;
};


export type MutationCompetenceRetireArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompetenceUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CompetenceInput;
};


export type MutationCourseCreateArgs = {
  input: CourseInput;
};


export type MutationCourseOfferAcceptArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCourseOfferCreateArgs = {
  input: CourseOfferInput;
  requestId: Scalars['ID']['input'];
};


export type MutationCourseRequestCloseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCourseRequestCreateArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  input: CourseRequestInput;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCourseRetireArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCourseUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CourseInput;
};


export type MutationEmployeeCreateArgs = {
  companyId: Scalars['ID']['input'];
  input: EmployeeInput;
};


export type MutationEmployeeDeactivateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEmployeeInviteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEmployeeRolesSetArgs = {
  employeeId: Scalars['ID']['input'];
  roleIds: Array<Scalars['ID']['input']>;
};


export type MutationEmployeeUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: EmployeeInput;
};


export type MutationEnrolmentAcceptOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolmentApproveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolmentCancelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolmentCreateArgs = {
  employeeId: Scalars['ID']['input'];
  occasionId: Scalars['ID']['input'];
};


export type MutationEnrolmentRecordOutcomeArgs = {
  id: Scalars['ID']['input'];
  outcome: EnrolmentOutcome;
};


export type MutationEvaluationSubmitArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  enrolmentId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationJobRoleCreateArgs = {
  companyId: Scalars['ID']['input'];
  input: JobRoleInput;
};


export type MutationJobRoleCreateFromTemplateArgs = {
  companyId: Scalars['ID']['input'];
  nameSv?: InputMaybe<Scalars['String']['input']>;
  templateId: Scalars['ID']['input'];
};


export type MutationJobRoleDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationJobRoleUpdateArgs = {
  id: Scalars['ID']['input'];
  input: JobRoleInput;
};


export type MutationJoinApplicationApproveArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinApplicationRejectArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinApplicationSubmitArgs = {
  input: JoinApplicationInput;
};


export type MutationLedgerEntryCreateArgs = {
  input: LedgerEntryCreateInput;
};


export type MutationLedgerEntryReverseArgs = {
  id: Scalars['ID']['input'];
  overrideApproved?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationOccasionCancelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOccasionCreateArgs = {
  courseId: Scalars['ID']['input'];
  input: OccasionInput;
};


export type MutationOccasionUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: OccasionInput;
};


export type MutationParticipantTimeAttestArgs = {
  input: ParticipantTimeAttestInput;
};


export type MutationParticipantTimeLockArgs = {
  companyId: Scalars['ID']['input'];
  month: Scalars['Date']['input'];
};


export type MutationPlacementCreateArgs = {
  companyId: Scalars['ID']['input'];
  input: PlacementInput;
};


export type MutationPlacementDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlacementFillArgs = {
  filledPlaces: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPlacementUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PlacementInput;
};


export type MutationRoleRequirementRemoveArgs = {
  competenceId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};


export type MutationRoleRequirementSetArgs = {
  input: RoleRequirementInput;
  roleId: Scalars['ID']['input'];
};


export type MutationRoleTemplateCreateArgs = {
  input: RoleTemplateInput;
};


export type MutationRoleTemplateUpdateArgs = {
  id: Scalars['ID']['input'];
  input: RoleTemplateInput;
};


export type MutationSupplyPlanItemCreateArgs = {
  companyId: Scalars['ID']['input'];
  input: SupplyPlanItemInput;
};


export type MutationSupplyPlanItemDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupplyPlanItemUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: SupplyPlanItemInput;
};

export type NeedCompetence = {
  __typename?: 'NeedCompetence';
  competence: Competence;
  /** The level needed; null when the plan line gives none. */
  level: Maybe<Scalars['Int']['output']>;
};

export type Occasion = {
  __typename?: 'Occasion';
  course: Course;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  municipality: Maybe<Scalars['String']['output']>;
  online: Scalars['Boolean']['output'];
  /** The occasion's provider sees every participant; others the people they may see. */
  participants: Array<OccasionParticipant>;
  region: Maybe<Region>;
  registrationDeadline: Scalars['Date']['output'];
  seats: Scalars['Int']['output'];
  /** Seats not held by an enrolment. */
  seatsLeft: Scalars['Int']['output'];
  startsOn: Scalars['Date']['output'];
  status: OccasionStatus;
  /** Increases with every change; pass it back as expectedVersion to detect concurrent edits. */
  version: Scalars['Int']['output'];
  waitlistLength: Scalars['Int']['output'];
};

export type OccasionInput = {
  endsOn: Scalars['Date']['input'];
  municipality?: InputMaybe<Scalars['String']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  registrationDeadline: Scalars['Date']['input'];
  seats: Scalars['Int']['input'];
  startsOn: Scalars['Date']['input'];
  status?: InputMaybe<OccasionStatus>;
};

/** One person on an occasion, as its provider sees them: a name for the attendance list. */
export type OccasionParticipant = {
  __typename?: 'OccasionParticipant';
  enrolmentId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: EnrolmentStatus;
};

export type OccasionPayload = {
  __typename?: 'OccasionPayload';
  occasion: Maybe<Occasion>;
  userErrors: Array<UserError>;
};

export type OccasionStatus =
  | 'CANCELLED'
  | 'FULL'
  | 'HELD'
  | 'OPEN'
  | 'PLANNED';

export type OnboardingProgress = {
  __typename?: 'OnboardingProgress';
  assessedEmployees: Scalars['Int']['output'];
  employees: Scalars['Int']['output'];
  employeesWithRole: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  roles: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParticipantCell = {
  __typename?: 'ParticipantCell';
  /** WOMAN, MAN, NON_BINARY or UNKNOWN. */
  gender: Scalars['String']['output'];
  group: EmployeeGroup;
  participants: Maybe<Scalars['Int']['output']>;
  regionCode: Scalars['ID']['output'];
  suppressed: Scalars['Boolean']['output'];
};

export type ParticipantTimeAttestInput = {
  employeeId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
  /** Any day of the month. */
  month: Scalars['Date']['input'];
  /** Required when the minutes differ from the planned minutes. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ParticipantTimeAttestPayload = {
  __typename?: 'ParticipantTimeAttestPayload';
  row: Maybe<ParticipantTimeRow>;
  userErrors: Array<UserError>;
};

export type ParticipantTimeLockPayload = {
  __typename?: 'ParticipantTimeLockPayload';
  month: Maybe<ParticipantTimeMonth>;
  userErrors: Array<UserError>;
};

export type ParticipantTimeMonth = {
  __typename?: 'ParticipantTimeMonth';
  attestedMinutes: Scalars['Int']['output'];
  attestedValue: Scalars['Money']['output'];
  companyId: Scalars['ID']['output'];
  locked: Scalars['Boolean']['output'];
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  rows: Array<ParticipantTimeRow>;
};

/** One person's training time in a month. */
export type ParticipantTimeRow = {
  __typename?: 'ParticipantTimeRow';
  attestedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null until attested. */
  attestedMinutes: Maybe<Scalars['Int']['output']>;
  employee: Employee;
  /** From the person's enrolments that month: course hours spread evenly over the occasion's days. */
  plannedMinutes: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** Attested minutes × the person's hourly cost (social fees included). */
  value: Maybe<Scalars['Money']['output']>;
};

/** A workplace learning place or summer job a firm offers. No pupil data: only counts and the firm's contact person. */
export type Placement = {
  __typename?: 'Placement';
  company: Company;
  competences: Array<Competence>;
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['Date']['output'];
  filledPlaces: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: PlacementKind;
  places: Scalars['Int']['output'];
  remainingPlaces: Scalars['Int']['output'];
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PlacementInput = {
  competenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  kind: PlacementKind;
  places: Scalars['Int']['input'];
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

/** APL: upper-secondary workplace learning; LIA: higher vocational workplace learning; SUMMER_JOB. */
export type PlacementKind =
  | 'APL'
  | 'LIA'
  | 'SUMMER_JOB';

export type PlacementPayload = {
  __typename?: 'PlacementPayload';
  placement: Maybe<Placement>;
  userErrors: Array<UserError>;
};

/** The programme's public, anonymised results (no sign-in). */
export type ProgrammeResults = {
  __typename?: 'ProgrammeResults';
  counties: Array<CountyResult>;
  participants: Array<ParticipantCell>;
  topCompetences: Array<CompetenceDeveloped>;
  totals: ProgrammeTotals;
};

export type ProgrammeTotals = {
  __typename?: 'ProgrammeTotals';
  firms: Scalars['Int']['output'];
  gapsClosed: Maybe<Scalars['Int']['output']>;
  participants: Maybe<Scalars['Int']['output']>;
  trainingHours: Maybe<Scalars['Int']['output']>;
};

export type Provider = {
  __typename?: 'Provider';
  id: Scalars['ID']['output'];
  isPartner: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  region: Maybe<Region>;
  website: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  budget: Maybe<Budget>;
  /** Company admins see their firm's requests; region admins their county's; programme admins all. Newest first. */
  budgetOverrideRequests: Array<BudgetOverrideRequest>;
  /**
   * Budgets the viewer may see, newest period first: programme admins all, region admins their
   * county's and its firms', company admins their firm's, integration clients with budget:read
   * their county's.
   */
  budgets: Array<Budget>;
  companies: CompanyConnection;
  company: Maybe<Company>;
  competence: Maybe<Competence>;
  competenceAreas: Array<CompetenceArea>;
  /**
   * Cost per participant, training hour and closed gap level, per firm and industry. Region admins
   * their county (regionCode may be left out); programme admins a county or the programme
   * (regionCode null); company admins their own firm.
   */
  costComparison: CostComparison;
  course: Maybe<Course>;
  courseRequest: Maybe<CourseRequest>;
  /**
   * Course requests the viewer may see, newest first: a firm's admins their firm's, region admins
   * their county's, providers the open and offered ones of their county (all counties for a provider
   * without one) and those they answered, programme admins all.
   */
  courseRequests: Array<CourseRequest>;
  courses: CourseConnection;
  /** Anonymised course demand, for providers, region and programme admins and integrations. */
  demand: Array<DemandCell>;
  employee: Maybe<Employee>;
  /** The funder report: region admins their county; programme admins a county or the programme (regionCode null). */
  funderReport: FunderReport;
  /** Gaps aggregated by the grouping, within the scope and what the viewer may see. */
  gaps: Array<GapRow>;
  /** Industries (SNI codes) of the companies the viewer may see, for filters. */
  industries: Array<Industry>;
  /** The firm's people ranked by closeness to a role's requirements. */
  internalCandidates: Array<InternalCandidate>;
  joinApplications: Array<JoinApplication>;
  /** Joint course candidates of a county: for its region admin, or a programme admin for any county. */
  jointCourseCandidates: Array<JointCourseCandidate>;
  /** A budget's ledger, oldest first, optionally within [from, to]. */
  ledger: LedgerEntryConnection;
  /** Entries the viewer may see matching the filter, oldest first (occurredOn, id): traces any report figure. */
  ledgerEntries: LedgerEntryConnection;
  levelScale: Array<LevelDescriptor>;
  occasion: Maybe<Occasion>;
  /**
   * A firm's participant time for the month of `month`: everyone with planned or attested time.
   * The firm's admins and the county's and programme's admins see all rows; a participant their own.
   */
  participantTime: ParticipantTimeMonth;
  /** Current placements the viewer may see. */
  placements: Array<Placement>;
  /** Public: no sign-in. */
  programmeResults: ProgrammeResults;
  /** Courses ranked by how much of the weighted gap they close, for a firm, a group in it or one person. */
  recommendedCourses: Array<CourseRecommendation>;
  /** Anonymised recruitment needs per county, in fixed cells: filters choose whole cells only. */
  recruitmentNeedCells: Array<RecruitmentNeedCell>;
  region: Maybe<Region>;
  regions: Array<Region>;
  roleTemplates: Array<RoleTemplate>;
  /** Supply-plan progress per company the viewer may see (region owners follow their firms). */
  supplyPlanSummaries: Array<SupplyPlanSummary>;
  /**
   * The enrolments that would close the most weighted gap in the firm within the budget (öre) and
   * the seats on offer, on occasions starting in the period — an optimisation, not first come
   * first served. Only the firm's admins may ask; it writes nothing (enrol with enrolmentCreate).
   * A budget of 0 or less, or a period ending before it starts, is refused naming the argument.
   */
  trainingPlanSuggestion: TrainingPlanSuggestion;
  /** The signed-in user or integration client; null when not signed in. */
  viewer: Maybe<Viewer>;
  /** People at or above a level in a competence, within what the viewer may see (staffing, mentors). */
  whoCanDo: CompetenceHolderConnection;
};


export type QueryBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBudgetOverrideRequestsArgs = {
  status?: InputMaybe<BudgetOverrideStatus>;
};


export type QueryBudgetsArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompetenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCostComparisonArgs = {
  from: Scalars['Date']['input'];
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseRequestsArgs = {
  status?: InputMaybe<CourseRequestStatus>;
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<CourseSearch>;
  sort?: InputMaybe<CourseSort>;
};


export type QueryDemandArgs = {
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  group?: InputMaybe<EmployeeGroup>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFunderReportArgs = {
  from: Scalars['Date']['input'];
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryGapsArgs = {
  groupBy: GapGrouping;
  scope?: InputMaybe<GapScope>;
};


export type QueryInternalCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  roleId: Scalars['ID']['input'];
};


export type QueryJoinApplicationsArgs = {
  status?: InputMaybe<JoinApplicationStatus>;
};


export type QueryJointCourseCandidatesArgs = {
  regionCode: Scalars['ID']['input'];
};


export type QueryLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  budgetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryLedgerEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LedgerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOccasionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipantTimeArgs = {
  companyId: Scalars['ID']['input'];
  month: Scalars['Date']['input'];
};


export type QueryPlacementsArgs = {
  kind?: InputMaybe<PlacementKind>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRecommendedCoursesArgs = {
  companyId: Scalars['ID']['input'];
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<EmployeeGroup>;
};


export type QueryRecruitmentNeedCellsArgs = {
  dimension?: InputMaybe<RecruitmentDimension>;
  fromHalfYear?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  toHalfYear?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRoleTemplatesArgs = {
  sniCode?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupplyPlanSummariesArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTrainingPlanSuggestionArgs = {
  budget: Scalars['Money']['input'];
  companyId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  group?: InputMaybe<EmployeeGroup>;
  to: Scalars['Date']['input'];
};


export type QueryWhoCanDoArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  competenceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  minLevel: Scalars['Int']['input'];
};

/** What a course would close: a competence from one level to another for some people. */
export type RecommendationStep = {
  __typename?: 'RecommendationStep';
  competence: Competence;
  fromLevel: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  toLevel: Scalars['Int']['output'];
};

/** What anonymised recruitment needs are published per: a competence of the framework, or a role template shared by the industry. */
export type RecruitmentDimension =
  | 'COMPETENCE'
  | 'ROLE_TEMPLATE';

/** A firm's need to recruit: people for a role and competences, in a half-year. */
export type RecruitmentNeed = {
  __typename?: 'RecruitmentNeed';
  competences: Array<NeedCompetence>;
  /** The plan line's due date (supply-plan needs). */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** Written 2027-H1 (January–June) or 2027-H2. */
  halfYear: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  people: Scalars['Int']['output'];
  role: Maybe<JobRole>;
  source: RecruitmentSource;
};

/**
 * Anonymised recruitment needs in one fixed cell: county × competence (or template role) × half-year.
 * For providers and integrations, cells under 3 firms or 5 people are withheld (suppressed: true).
 */
export type RecruitmentNeedCell = {
  __typename?: 'RecruitmentNeedCell';
  competence: Maybe<Competence>;
  dimension: RecruitmentDimension;
  firms: Maybe<Scalars['Int']['output']>;
  halfYear: Scalars['String']['output'];
  /** The median level asked for (competence cells). */
  level: Maybe<Scalars['Int']['output']>;
  people: Maybe<Scalars['Int']['output']>;
  region: Region;
  roleTemplate: Maybe<RoleTemplate>;
  suppressed: Scalars['Boolean']['output'];
};

/** Where a recruitment need comes from. */
export type RecruitmentSource =
  /** People turning 65 within five years, counted from their birth year. */
  | 'RETIREMENT'
  /** A RECRUIT line of the firm's competence supply plan. */
  | 'SUPPLY_PLAN';

/** A county (län) and sub-project of the programme. */
export type Region = {
  __typename?: 'Region';
  /** Official county code, e.g. 03 for Uppsala län. */
  code: Scalars['ID']['output'];
  companyCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The sub-project owner, e.g. Region Uppsala. */
  ownerName: Scalars['String']['output'];
};

export type Role =
  | 'COMPANY_ADMIN'
  | 'EMPLOYEE'
  | 'PROGRAMME_ADMIN'
  | 'PROVIDER'
  | 'REGION_ADMIN';

export type RoleRequirement = {
  __typename?: 'RoleRequirement';
  competence: Competence;
  futureBy: Maybe<Scalars['Date']['output']>;
  /** The level the firm will need by futureBy (strategic competence supply). */
  futureLevel: Maybe<Scalars['Int']['output']>;
  importance: Importance;
  requiredLevel: Scalars['Int']['output'];
};

export type RoleRequirementInput = {
  competenceId: Scalars['ID']['input'];
  futureBy?: InputMaybe<Scalars['Date']['input']>;
  /** A level the firm will need by futureBy; give both or neither. */
  futureLevel?: InputMaybe<Scalars['Int']['input']>;
  importance: Importance;
  requiredLevel: Scalars['Int']['input'];
};

/** A role profile shared across an industry's firms, kept by programme admins; firms copy it into their roles. */
export type RoleTemplate = {
  __typename?: 'RoleTemplate';
  descriptionSv: Maybe<Scalars['String']['output']>;
  group: EmployeeGroup;
  id: Scalars['ID']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameSv: Scalars['String']['output'];
  requirements: Array<RoleTemplateRequirement>;
  /** The SNI 2007 code, or its start, of the industry the template fits (24.5 fits every foundry). */
  sniPrefix: Scalars['String']['output'];
  /** Programme admins only; null for others. */
  usage: Maybe<RoleTemplateUsage>;
};

export type RoleTemplateCompetenceUsage = {
  __typename?: 'RoleTemplateCompetenceUsage';
  competence: Competence;
  /** Firms whose copy of the template requires the competence (3 or more). */
  firms: Scalars['Int']['output'];
  medianLevel: Scalars['Int']['output'];
};

export type RoleTemplateInput = {
  descriptionSv?: InputMaybe<Scalars['String']['input']>;
  group?: InputMaybe<EmployeeGroup>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameSv: Scalars['String']['input'];
  requirements: Array<RoleTemplateRequirementInput>;
  sniPrefix: Scalars['String']['input'];
};

export type RoleTemplatePayload = {
  __typename?: 'RoleTemplatePayload';
  roleTemplate: Maybe<RoleTemplate>;
  userErrors: Array<UserError>;
};

export type RoleTemplateRequirement = {
  __typename?: 'RoleTemplateRequirement';
  competence: Competence;
  importance: Importance;
  requiredLevel: Scalars['Int']['output'];
};

export type RoleTemplateRequirementInput = {
  competenceId: Scalars['ID']['input'];
  importance: Importance;
  requiredLevel: Scalars['Int']['input'];
};

/** How firms have adapted their copies of a template (programme admins). */
export type RoleTemplateUsage = {
  __typename?: 'RoleTemplateUsage';
  competences: Array<RoleTemplateCompetenceUsage>;
  firms: Scalars['Int']['output'];
};

/** People × competences of one company, for the heatmap. */
export type SkillsMatrix = {
  __typename?: 'SkillsMatrix';
  competences: Array<Competence>;
  rows: Array<SkillsMatrixRow>;
};

export type SkillsMatrixRow = {
  __typename?: 'SkillsMatrixRow';
  employee: Employee;
  roles: Array<JobRole>;
  standings: Array<CompetenceStanding>;
};

export type SupplyDecision =
  | 'ACCEPT'
  | 'DEVELOP'
  | 'RECRUIT';

export type SupplyPlanItem = {
  __typename?: 'SupplyPlanItem';
  company: Company;
  competence: Competence;
  decision: SupplyDecision;
  dueDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  owner: Maybe<Employee>;
  peopleCount: Scalars['Int']['output'];
  role: Maybe<JobRole>;
  status: SupplyStatus;
  targetLevel: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

export type SupplyPlanItemInput = {
  competenceId: Scalars['ID']['input'];
  decision: SupplyDecision;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  ownerEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  peopleCount?: InputMaybe<Scalars['Int']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SupplyStatus>;
  targetLevel?: InputMaybe<Scalars['Int']['input']>;
};

export type SupplyPlanItemPayload = {
  __typename?: 'SupplyPlanItemPayload';
  supplyPlanItem: Maybe<SupplyPlanItem>;
  userErrors: Array<UserError>;
};

/** Progress of a company's supply plan, visible to the region owner. */
export type SupplyPlanSummary = {
  __typename?: 'SupplyPlanSummary';
  company: Company;
  done: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
};

export type SupplyStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type TrainingEffect = {
  __typename?: 'TrainingEffect';
  averageAfter: Maybe<Scalars['Float']['output']>;
  averageBefore: Maybe<Scalars['Float']['output']>;
  competence: Competence;
  /** Participants assessed both before and after; null when suppressed (fewer than 5 people, for providers). */
  participants: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

/**
 * The firm's training plan: its people's live enrolments (requested, confirmed, waitlisted,
 * offered) on upcoming occasions, soonest first.
 */
export type TrainingPlan = {
  __typename?: 'TrainingPlan';
  /** Null when the firm has no budget covering today. */
  budgetCheck: Maybe<TrainingPlanBudgetCheck>;
  lines: Array<TrainingPlanLine>;
  totals: TrainingPlanTotals;
};

/** Whether the firm's training plan fits its budget: what is not yet committed against what remains. */
export type TrainingPlanBudgetCheck = {
  __typename?: 'TrainingPlanBudgetCheck';
  /** The firm's budget whose period covers today. */
  budget: Budget;
  /** Whether the uncommitted part fits what remains, line category by category. */
  fits: Scalars['Boolean']['output'];
  /** Remaining on the budget's course-fee lines. */
  remainingFees: Scalars['Money']['output'];
  /** Remaining on the budget's participant-time lines. */
  remainingParticipantTime: Scalars['Money']['output'];
  /** Fees of the plan's enrolments not yet holding a seat (requested, waitlisted, offered): not yet committed. */
  uncommittedFees: Scalars['Money']['output'];
  /** Participant time of the plan's enrolments not yet holding a seat. */
  uncommittedParticipantTime: Scalars['Money']['output'];
};

/** A suggested enrolment: one person on one occasion. */
export type TrainingPlanChoice = {
  __typename?: 'TrainingPlanChoice';
  /** Fee plus participant time at salary cost, öre. */
  cost: Scalars['Money']['output'];
  course: Course;
  employee: Employee;
  /** Why, in Swedish, e.g. "Stänger CNC-programmering 2→4 (kritisk) för Anna Lind, 12 400 kr". */
  explanation: Scalars['String']['output'];
  /** Why, in English. */
  explanationEn: Scalars['String']['output'];
  occasion: Occasion;
  /** Weighted gap levels this choice closes, each gap counted for the one choice closing it furthest. */
  value: Scalars['Int']['output'];
};

/** A gap a planned course closes for the person on it. */
export type TrainingPlanGapClosure = {
  __typename?: 'TrainingPlanGapClosure';
  competence: Competence;
  /** The person's current level; null when never assessed (no gap is counted as closed then). */
  from: Maybe<Scalars['Int']['output']>;
  importance: Importance;
  /** The level the person's roles require. */
  required: Scalars['Int']['output'];
  /** The level the course brings the person to, capped at what their roles require. */
  to: Scalars['Int']['output'];
};

/** One person on one upcoming occasion: what it costs and which gaps it closes. */
export type TrainingPlanLine = {
  __typename?: 'TrainingPlanLine';
  closes: Array<TrainingPlanGapClosure>;
  course: Course;
  employee: Employee;
  enrolment: Enrolment;
  /** The course's price per participant in öre; null when it is only priced per (tailored) occasion. */
  fee: Maybe<Scalars['Money']['output']>;
  occasion: Occasion;
  /** Participant time valued at salary cost: the course's hours × the person's hourly cost, in öre. */
  participantTimeCost: Scalars['Money']['output'];
};

export type TrainingPlanSuggestion = {
  __typename?: 'TrainingPlanSuggestion';
  /** Budget minus totalCost, öre. */
  budgetLeft: Scalars['Money']['output'];
  choices: Array<TrainingPlanChoice>;
  /** True when no plan within the budget and the seats closes more weighted gap; false when the search hit its time limit (the plan is then the best found). */
  optimal: Scalars['Boolean']['output'];
  /** öre, never more than the budget. */
  totalCost: Scalars['Money']['output'];
  /** Weighted gap levels closed. */
  totalValue: Scalars['Int']['output'];
};

export type TrainingPlanTotals = {
  __typename?: 'TrainingPlanTotals';
  /** Sum of the known per-participant fees, öre. */
  fees: Scalars['Money']['output'];
  /** Sum of participant time at salary cost, öre. */
  participantTime: Scalars['Money']['output'];
  /** fees + participantTime, öre. */
  total: Scalars['Money']['output'];
  /** Levels closed × importance weight (critical 3, important 2, useful 1), each person's gap in a competence counted once. */
  weightedGapClosed: Scalars['Int']['output'];
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

/** Why a mutation's input was not accepted. Nothing is written when a mutation returns any. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]; null when it concerns the whole request. */
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'INVALID'
  /** The period is reported and locked for good. */
  | 'LOCKED'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  /** The entry would take a budget line over its amount; a programme or region admin can approve an override. */
  | 'OVER_BUDGET'
  | 'REQUIRED'
  /** The object was changed by someone else since it was read: reload and try again. */
  | 'STALE'
  | 'TOO_LONG';

export type Viewer = {
  __typename?: 'Viewer';
  /** Set when the caller is an integration client (API token). */
  apiClient: Maybe<ApiClient>;
  memberships: Array<Membership>;
  /** Null for an integration client. */
  user: Maybe<User>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiClient: ResolverTypeWrapper<ApiClientSummaryModel>;
  Assessment: ResolverTypeWrapper<AssessmentRowModel>;
  AssessmentInput: AssessmentInput;
  AssessmentPrompt: ResolverTypeWrapper<AssessmentPromptModel>;
  AssessmentSource: AssessmentSource;
  AssessmentsRecordPayload: ResolverTypeWrapper<Omit<AssessmentsRecordPayload, 'assessments'> & { assessments?: Maybe<Array<ResolversTypes['Assessment']>> }>;
  Audience: Audience;
  Benchmark: ResolverTypeWrapper<BenchmarkModel>;
  BenchmarkCompetence: ResolverTypeWrapper<BenchmarkCompetenceModel>;
  BenchmarkFigures: ResolverTypeWrapper<BenchmarkFigures>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Budget: ResolverTypeWrapper<BudgetRowModel>;
  BudgetCreateInput: BudgetCreateInput;
  BudgetCreatePayload: ResolverTypeWrapper<Omit<BudgetCreatePayload, 'budget'> & { budget?: Maybe<ResolversTypes['Budget']> }>;
  BudgetFigure: BudgetFigure;
  BudgetLevel: BudgetLevel;
  BudgetLine: ResolverTypeWrapper<BudgetLineRowModel>;
  BudgetLineInput: BudgetLineInput;
  BudgetMonth: ResolverTypeWrapper<BudgetMonthModel>;
  BudgetOverrideRequest: ResolverTypeWrapper<OverrideRequestRowModel>;
  BudgetOverrideRequestInput: BudgetOverrideRequestInput;
  BudgetOverrideRequestPayload: ResolverTypeWrapper<Omit<BudgetOverrideRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['BudgetOverrideRequest']> }>;
  BudgetOverrideStatus: BudgetOverrideStatus;
  BudgetSummary: ResolverTypeWrapper<BudgetSummaryModel>;
  CandidateGap: ResolverTypeWrapper<CandidateGapModel>;
  Certificate: ResolverTypeWrapper<CertificateRowModel>;
  CertificateInput: CertificateInput;
  CertificatePayload: ResolverTypeWrapper<Omit<CertificatePayload, 'certificate'> & { certificate?: Maybe<ResolversTypes['Certificate']> }>;
  Company: ResolverTypeWrapper<CompanyRowModel>;
  CompanyConnection: ResolverTypeWrapper<CompanyPageModel>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanySize: CompanySize;
  Competence: ResolverTypeWrapper<CompetenceRowModel>;
  CompetenceArea: ResolverTypeWrapper<CompetenceAreaRowModel>;
  CompetenceDeveloped: ResolverTypeWrapper<CompetenceDevelopedModel>;
  CompetenceHolder: ResolverTypeWrapper<HolderModel>;
  CompetenceHolderConnection: ResolverTypeWrapper<HolderPageModel>;
  CompetenceInput: CompetenceInput;
  CompetencePayload: ResolverTypeWrapper<Omit<CompetencePayload, 'competence'> & { competence?: Maybe<ResolversTypes['Competence']> }>;
  CompetenceStanding: ResolverTypeWrapper<StandingModel>;
  CostCategory: CostCategory;
  CostComparison: ResolverTypeWrapper<CostComparisonModel>;
  CostFigures: ResolverTypeWrapper<CostFiguresModel>;
  CountRow: ResolverTypeWrapper<CountRow>;
  CountyResult: ResolverTypeWrapper<CountyResultModel>;
  Course: ResolverTypeWrapper<CourseRowModel>;
  CourseCompetence: ResolverTypeWrapper<CourseCompetenceRowModel>;
  CourseCompetenceInput: CourseCompetenceInput;
  CourseConnection: ResolverTypeWrapper<CoursePageModel>;
  CourseFormat: CourseFormat;
  CourseInput: CourseInput;
  CourseOffer: ResolverTypeWrapper<CourseOfferRowModel>;
  CourseOfferAcceptPayload: ResolverTypeWrapper<Omit<CourseOfferAcceptPayload, 'courseOffer'> & { courseOffer?: Maybe<ResolversTypes['CourseOffer']> }>;
  CourseOfferCreatePayload: ResolverTypeWrapper<Omit<CourseOfferCreatePayload, 'courseOffer'> & { courseOffer?: Maybe<ResolversTypes['CourseOffer']> }>;
  CourseOfferInput: CourseOfferInput;
  CoursePayload: ResolverTypeWrapper<Omit<CoursePayload, 'course'> & { course?: Maybe<ResolversTypes['Course']> }>;
  CourseRecommendation: ResolverTypeWrapper<CourseRecommendationModel>;
  CourseRequest: ResolverTypeWrapper<CourseRequestRowModel>;
  CourseRequestClosePayload: ResolverTypeWrapper<Omit<CourseRequestClosePayload, 'courseRequest'> & { courseRequest?: Maybe<ResolversTypes['CourseRequest']> }>;
  CourseRequestCreatePayload: ResolverTypeWrapper<Omit<CourseRequestCreatePayload, 'courseRequest'> & { courseRequest?: Maybe<ResolversTypes['CourseRequest']> }>;
  CourseRequestInput: CourseRequestInput;
  CourseRequestStatus: CourseRequestStatus;
  CourseSearch: CourseSearch;
  CourseSort: CourseSort;
  CoverageRow: ResolverTypeWrapper<CoverageRowModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemandCell: ResolverTypeWrapper<DemandCellModel>;
  EducationLevel: EducationLevel;
  Employee: ResolverTypeWrapper<EmployeeRowModel>;
  EmployeeConnection: ResolverTypeWrapper<EmployeePageModel>;
  EmployeeCreatePayload: ResolverTypeWrapper<Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeDeactivatePayload: ResolverTypeWrapper<Omit<EmployeeDeactivatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeGroup: EmployeeGroup;
  EmployeeInput: EmployeeInput;
  EmployeeInvitePayload: ResolverTypeWrapper<Omit<EmployeeInvitePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeRolesPayload: ResolverTypeWrapper<Omit<EmployeeRolesPayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeUpdatePayload: ResolverTypeWrapper<Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  Enrolment: ResolverTypeWrapper<EnrolmentRowModel>;
  EnrolmentOutcome: EnrolmentOutcome;
  EnrolmentPayload: ResolverTypeWrapper<Omit<EnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversTypes['Enrolment']> }>;
  EnrolmentStatus: EnrolmentStatus;
  Evaluation: ResolverTypeWrapper<EvaluationRowModel>;
  EvaluationPayload: ResolverTypeWrapper<Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  EvaluationSummary: ResolverTypeWrapper<EvaluationSummaryModel>;
  FirmCostRow: ResolverTypeWrapper<FirmCostModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunderCostRow: ResolverTypeWrapper<FunderCostRowModel>;
  FunderFirmRow: ResolverTypeWrapper<FunderFirmRowModel>;
  FunderReport: ResolverTypeWrapper<FunderReportModel>;
  FundingSource: FundingSource;
  GapGrouping: GapGrouping;
  GapRow: ResolverTypeWrapper<GapRowModel>;
  GapScope: GapScope;
  Gender: Gender;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Importance: Importance;
  Industry: ResolverTypeWrapper<Industry>;
  IndustryCostRow: ResolverTypeWrapper<IndustryCostModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InternalCandidate: ResolverTypeWrapper<InternalCandidateModel>;
  JobRole: ResolverTypeWrapper<JobRoleRowModel>;
  JobRoleInput: JobRoleInput;
  JobRolePayload: ResolverTypeWrapper<Omit<JobRolePayload, 'jobRole'> & { jobRole?: Maybe<ResolversTypes['JobRole']> }>;
  JoinApplication: ResolverTypeWrapper<JoinApplicationRowModel>;
  JoinApplicationApprovePayload: ResolverTypeWrapper<Omit<JoinApplicationApprovePayload, 'application'> & { application?: Maybe<ResolversTypes['JoinApplication']> }>;
  JoinApplicationInput: JoinApplicationInput;
  JoinApplicationPayload: ResolverTypeWrapper<Omit<JoinApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['JoinApplication']> }>;
  JoinApplicationReceipt: ResolverTypeWrapper<JoinApplicationRowModel>;
  JoinApplicationStatus: JoinApplicationStatus;
  JoinApplicationSubmitPayload: ResolverTypeWrapper<Omit<JoinApplicationSubmitPayload, 'application'> & { application?: Maybe<ResolversTypes['JoinApplicationReceipt']> }>;
  JointCourseCandidate: ResolverTypeWrapper<JointCourseCandidateRowModel>;
  JointCourseCandidateCompany: ResolverTypeWrapper<JointCourseCandidateCompanyRowModel>;
  KeyPersonRisk: ResolverTypeWrapper<KeyPersonRiskModel>;
  KeyPersonRiskReason: KeyPersonRiskReason;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryRowModel>;
  LedgerEntryConnection: ResolverTypeWrapper<Omit<LedgerEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['LedgerEntry']> }>;
  LedgerEntryCreateInput: LedgerEntryCreateInput;
  LedgerEntryCreatePayload: ResolverTypeWrapper<Omit<LedgerEntryCreatePayload, 'entry'> & { entry?: Maybe<ResolversTypes['LedgerEntry']> }>;
  LedgerEntryReversePayload: ResolverTypeWrapper<Omit<LedgerEntryReversePayload, 'entry'> & { entry?: Maybe<ResolversTypes['LedgerEntry']> }>;
  LedgerFilter: LedgerFilter;
  LedgerKind: LedgerKind;
  LevelDescriptor: ResolverTypeWrapper<LevelDescriptorRowModel>;
  Membership: ResolverTypeWrapper<MembershipScopeModel>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedCompetence: ResolverTypeWrapper<NeedCompetenceModel>;
  Occasion: ResolverTypeWrapper<OccasionRowModel>;
  OccasionInput: OccasionInput;
  OccasionParticipant: ResolverTypeWrapper<ParticipantModel>;
  OccasionPayload: ResolverTypeWrapper<Omit<OccasionPayload, 'occasion'> & { occasion?: Maybe<ResolversTypes['Occasion']> }>;
  OccasionStatus: OccasionStatus;
  OnboardingProgress: ResolverTypeWrapper<OnboardingProgressModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantCell: ResolverTypeWrapper<ParticipantCellModel>;
  ParticipantTimeAttestInput: ParticipantTimeAttestInput;
  ParticipantTimeAttestPayload: ResolverTypeWrapper<Omit<ParticipantTimeAttestPayload, 'row'> & { row?: Maybe<ResolversTypes['ParticipantTimeRow']> }>;
  ParticipantTimeLockPayload: ResolverTypeWrapper<Omit<ParticipantTimeLockPayload, 'month'> & { month?: Maybe<ResolversTypes['ParticipantTimeMonth']> }>;
  ParticipantTimeMonth: ResolverTypeWrapper<ParticipantTimeMonthModel>;
  ParticipantTimeRow: ResolverTypeWrapper<ParticipantTimeRowModel>;
  Placement: ResolverTypeWrapper<PlacementRowModel>;
  PlacementInput: PlacementInput;
  PlacementKind: PlacementKind;
  PlacementPayload: ResolverTypeWrapper<Omit<PlacementPayload, 'placement'> & { placement?: Maybe<ResolversTypes['Placement']> }>;
  ProgrammeResults: ResolverTypeWrapper<ProgrammeResultsModel>;
  ProgrammeTotals: ResolverTypeWrapper<ProgrammeTotals>;
  Provider: ResolverTypeWrapper<ProviderRowModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationStep: ResolverTypeWrapper<RecommendationStepModel>;
  RecruitmentDimension: RecruitmentDimension;
  RecruitmentNeed: ResolverTypeWrapper<RecruitmentNeedModel>;
  RecruitmentNeedCell: ResolverTypeWrapper<RecruitmentCellModel>;
  RecruitmentSource: RecruitmentSource;
  Region: ResolverTypeWrapper<RegionRowModel>;
  Role: Role;
  RoleRequirement: ResolverTypeWrapper<RoleRequirementRowModel>;
  RoleRequirementInput: RoleRequirementInput;
  RoleTemplate: ResolverTypeWrapper<RoleTemplateRowModel>;
  RoleTemplateCompetenceUsage: ResolverTypeWrapper<Omit<RoleTemplateCompetenceUsage, 'competence'> & { competence: ResolversTypes['Competence'] }>;
  RoleTemplateInput: RoleTemplateInput;
  RoleTemplatePayload: ResolverTypeWrapper<Omit<RoleTemplatePayload, 'roleTemplate'> & { roleTemplate?: Maybe<ResolversTypes['RoleTemplate']> }>;
  RoleTemplateRequirement: ResolverTypeWrapper<RoleTemplateRequirementRowModel>;
  RoleTemplateRequirementInput: RoleTemplateRequirementInput;
  RoleTemplateUsage: ResolverTypeWrapper<TemplateUsageModel>;
  SkillsMatrix: ResolverTypeWrapper<SkillsMatrixModel>;
  SkillsMatrixRow: ResolverTypeWrapper<SkillsMatrixRowModelModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupplyDecision: SupplyDecision;
  SupplyPlanItem: ResolverTypeWrapper<SupplyPlanItemRowModel>;
  SupplyPlanItemInput: SupplyPlanItemInput;
  SupplyPlanItemPayload: ResolverTypeWrapper<Omit<SupplyPlanItemPayload, 'supplyPlanItem'> & { supplyPlanItem?: Maybe<ResolversTypes['SupplyPlanItem']> }>;
  SupplyPlanSummary: ResolverTypeWrapper<SupplyPlanSummaryModel>;
  SupplyStatus: SupplyStatus;
  TrainingEffect: ResolverTypeWrapper<TrainingEffectModel>;
  TrainingPlan: ResolverTypeWrapper<TrainingPlanModel>;
  TrainingPlanBudgetCheck: ResolverTypeWrapper<Omit<TrainingPlanBudgetCheck, 'budget'> & { budget: ResolversTypes['Budget'] }>;
  TrainingPlanChoice: ResolverTypeWrapper<TrainingPlanChoiceModel>;
  TrainingPlanGapClosure: ResolverTypeWrapper<GapClosureModel>;
  TrainingPlanLine: ResolverTypeWrapper<TrainingPlanLineModel>;
  TrainingPlanSuggestion: ResolverTypeWrapper<TrainingPlanSuggestionModel>;
  TrainingPlanTotals: ResolverTypeWrapper<TrainingPlanTotalsModel>;
  User: ResolverTypeWrapper<User>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiClient: ApiClientSummaryModel;
  Assessment: AssessmentRowModel;
  AssessmentInput: AssessmentInput;
  AssessmentPrompt: AssessmentPromptModel;
  AssessmentsRecordPayload: Omit<AssessmentsRecordPayload, 'assessments'> & { assessments?: Maybe<Array<ResolversParentTypes['Assessment']>> };
  Benchmark: BenchmarkModel;
  BenchmarkCompetence: BenchmarkCompetenceModel;
  BenchmarkFigures: BenchmarkFigures;
  Boolean: Scalars['Boolean']['output'];
  Budget: BudgetRowModel;
  BudgetCreateInput: BudgetCreateInput;
  BudgetCreatePayload: Omit<BudgetCreatePayload, 'budget'> & { budget?: Maybe<ResolversParentTypes['Budget']> };
  BudgetLine: BudgetLineRowModel;
  BudgetLineInput: BudgetLineInput;
  BudgetMonth: BudgetMonthModel;
  BudgetOverrideRequest: OverrideRequestRowModel;
  BudgetOverrideRequestInput: BudgetOverrideRequestInput;
  BudgetOverrideRequestPayload: Omit<BudgetOverrideRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['BudgetOverrideRequest']> };
  BudgetSummary: BudgetSummaryModel;
  CandidateGap: CandidateGapModel;
  Certificate: CertificateRowModel;
  CertificateInput: CertificateInput;
  CertificatePayload: Omit<CertificatePayload, 'certificate'> & { certificate?: Maybe<ResolversParentTypes['Certificate']> };
  Company: CompanyRowModel;
  CompanyConnection: CompanyPageModel;
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  Competence: CompetenceRowModel;
  CompetenceArea: CompetenceAreaRowModel;
  CompetenceDeveloped: CompetenceDevelopedModel;
  CompetenceHolder: HolderModel;
  CompetenceHolderConnection: HolderPageModel;
  CompetenceInput: CompetenceInput;
  CompetencePayload: Omit<CompetencePayload, 'competence'> & { competence?: Maybe<ResolversParentTypes['Competence']> };
  CompetenceStanding: StandingModel;
  CostComparison: CostComparisonModel;
  CostFigures: CostFiguresModel;
  CountRow: CountRow;
  CountyResult: CountyResultModel;
  Course: CourseRowModel;
  CourseCompetence: CourseCompetenceRowModel;
  CourseCompetenceInput: CourseCompetenceInput;
  CourseConnection: CoursePageModel;
  CourseInput: CourseInput;
  CourseOffer: CourseOfferRowModel;
  CourseOfferAcceptPayload: Omit<CourseOfferAcceptPayload, 'courseOffer'> & { courseOffer?: Maybe<ResolversParentTypes['CourseOffer']> };
  CourseOfferCreatePayload: Omit<CourseOfferCreatePayload, 'courseOffer'> & { courseOffer?: Maybe<ResolversParentTypes['CourseOffer']> };
  CourseOfferInput: CourseOfferInput;
  CoursePayload: Omit<CoursePayload, 'course'> & { course?: Maybe<ResolversParentTypes['Course']> };
  CourseRecommendation: CourseRecommendationModel;
  CourseRequest: CourseRequestRowModel;
  CourseRequestClosePayload: Omit<CourseRequestClosePayload, 'courseRequest'> & { courseRequest?: Maybe<ResolversParentTypes['CourseRequest']> };
  CourseRequestCreatePayload: Omit<CourseRequestCreatePayload, 'courseRequest'> & { courseRequest?: Maybe<ResolversParentTypes['CourseRequest']> };
  CourseRequestInput: CourseRequestInput;
  CourseSearch: CourseSearch;
  CoverageRow: CoverageRowModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DemandCell: DemandCellModel;
  Employee: EmployeeRowModel;
  EmployeeConnection: EmployeePageModel;
  EmployeeCreatePayload: Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeDeactivatePayload: Omit<EmployeeDeactivatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeInput: EmployeeInput;
  EmployeeInvitePayload: Omit<EmployeeInvitePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeRolesPayload: Omit<EmployeeRolesPayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeUpdatePayload: Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  Enrolment: EnrolmentRowModel;
  EnrolmentPayload: Omit<EnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversParentTypes['Enrolment']> };
  Evaluation: EvaluationRowModel;
  EvaluationPayload: Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  EvaluationSummary: EvaluationSummaryModel;
  FirmCostRow: FirmCostModel;
  Float: Scalars['Float']['output'];
  FunderCostRow: FunderCostRowModel;
  FunderFirmRow: FunderFirmRowModel;
  FunderReport: FunderReportModel;
  GapRow: GapRowModel;
  GapScope: GapScope;
  ID: Scalars['ID']['output'];
  Industry: Industry;
  IndustryCostRow: IndustryCostModel;
  Int: Scalars['Int']['output'];
  InternalCandidate: InternalCandidateModel;
  JobRole: JobRoleRowModel;
  JobRoleInput: JobRoleInput;
  JobRolePayload: Omit<JobRolePayload, 'jobRole'> & { jobRole?: Maybe<ResolversParentTypes['JobRole']> };
  JoinApplication: JoinApplicationRowModel;
  JoinApplicationApprovePayload: Omit<JoinApplicationApprovePayload, 'application'> & { application?: Maybe<ResolversParentTypes['JoinApplication']> };
  JoinApplicationInput: JoinApplicationInput;
  JoinApplicationPayload: Omit<JoinApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['JoinApplication']> };
  JoinApplicationReceipt: JoinApplicationRowModel;
  JoinApplicationSubmitPayload: Omit<JoinApplicationSubmitPayload, 'application'> & { application?: Maybe<ResolversParentTypes['JoinApplicationReceipt']> };
  JointCourseCandidate: JointCourseCandidateRowModel;
  JointCourseCandidateCompany: JointCourseCandidateCompanyRowModel;
  KeyPersonRisk: KeyPersonRiskModel;
  LedgerEntry: LedgerEntryRowModel;
  LedgerEntryConnection: Omit<LedgerEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['LedgerEntry']> };
  LedgerEntryCreateInput: LedgerEntryCreateInput;
  LedgerEntryCreatePayload: Omit<LedgerEntryCreatePayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['LedgerEntry']> };
  LedgerEntryReversePayload: Omit<LedgerEntryReversePayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['LedgerEntry']> };
  LedgerFilter: LedgerFilter;
  LevelDescriptor: LevelDescriptorRowModel;
  Membership: MembershipScopeModel;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NeedCompetence: NeedCompetenceModel;
  Occasion: OccasionRowModel;
  OccasionInput: OccasionInput;
  OccasionParticipant: ParticipantModel;
  OccasionPayload: Omit<OccasionPayload, 'occasion'> & { occasion?: Maybe<ResolversParentTypes['Occasion']> };
  OnboardingProgress: OnboardingProgressModel;
  PageInfo: PageInfo;
  ParticipantCell: ParticipantCellModel;
  ParticipantTimeAttestInput: ParticipantTimeAttestInput;
  ParticipantTimeAttestPayload: Omit<ParticipantTimeAttestPayload, 'row'> & { row?: Maybe<ResolversParentTypes['ParticipantTimeRow']> };
  ParticipantTimeLockPayload: Omit<ParticipantTimeLockPayload, 'month'> & { month?: Maybe<ResolversParentTypes['ParticipantTimeMonth']> };
  ParticipantTimeMonth: ParticipantTimeMonthModel;
  ParticipantTimeRow: ParticipantTimeRowModel;
  Placement: PlacementRowModel;
  PlacementInput: PlacementInput;
  PlacementPayload: Omit<PlacementPayload, 'placement'> & { placement?: Maybe<ResolversParentTypes['Placement']> };
  ProgrammeResults: ProgrammeResultsModel;
  ProgrammeTotals: ProgrammeTotals;
  Provider: ProviderRowModel;
  Query: Record<PropertyKey, never>;
  RecommendationStep: RecommendationStepModel;
  RecruitmentNeed: RecruitmentNeedModel;
  RecruitmentNeedCell: RecruitmentCellModel;
  Region: RegionRowModel;
  RoleRequirement: RoleRequirementRowModel;
  RoleRequirementInput: RoleRequirementInput;
  RoleTemplate: RoleTemplateRowModel;
  RoleTemplateCompetenceUsage: Omit<RoleTemplateCompetenceUsage, 'competence'> & { competence: ResolversParentTypes['Competence'] };
  RoleTemplateInput: RoleTemplateInput;
  RoleTemplatePayload: Omit<RoleTemplatePayload, 'roleTemplate'> & { roleTemplate?: Maybe<ResolversParentTypes['RoleTemplate']> };
  RoleTemplateRequirement: RoleTemplateRequirementRowModel;
  RoleTemplateRequirementInput: RoleTemplateRequirementInput;
  RoleTemplateUsage: TemplateUsageModel;
  SkillsMatrix: SkillsMatrixModel;
  SkillsMatrixRow: SkillsMatrixRowModelModel;
  String: Scalars['String']['output'];
  SupplyPlanItem: SupplyPlanItemRowModel;
  SupplyPlanItemInput: SupplyPlanItemInput;
  SupplyPlanItemPayload: Omit<SupplyPlanItemPayload, 'supplyPlanItem'> & { supplyPlanItem?: Maybe<ResolversParentTypes['SupplyPlanItem']> };
  SupplyPlanSummary: SupplyPlanSummaryModel;
  TrainingEffect: TrainingEffectModel;
  TrainingPlan: TrainingPlanModel;
  TrainingPlanBudgetCheck: Omit<TrainingPlanBudgetCheck, 'budget'> & { budget: ResolversParentTypes['Budget'] };
  TrainingPlanChoice: TrainingPlanChoiceModel;
  TrainingPlanGapClosure: GapClosureModel;
  TrainingPlanLine: TrainingPlanLineModel;
  TrainingPlanSuggestion: TrainingPlanSuggestionModel;
  TrainingPlanTotals: TrainingPlanTotalsModel;
  User: User;
  UserError: UserError;
  Viewer: ViewerModel;
};

export type ApiClientResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AssessmentSource'], ParentType, ContextType>;
};

export type AssessmentPromptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AssessmentPrompt'] = ResolversParentTypes['AssessmentPrompt']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type AssessmentsRecordPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AssessmentsRecordPayload'] = ResolversParentTypes['AssessmentsRecordPayload']> = {
  assessments?: Resolver<Maybe<Array<ResolversTypes['Assessment']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BenchmarkResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Benchmark'] = ResolversParentTypes['Benchmark']> = {
  competences?: Resolver<Array<ResolversTypes['BenchmarkCompetence']>, ParentType, ContextType>;
  county?: Resolver<ResolversTypes['BenchmarkFigures'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['BenchmarkFigures'], ParentType, ContextType>;
  industryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  own?: Resolver<ResolversTypes['BenchmarkFigures'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type BenchmarkCompetenceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BenchmarkCompetence'] = ResolversParentTypes['BenchmarkCompetence']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  own?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BenchmarkFiguresResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BenchmarkFigures'] = ResolversParentTypes['BenchmarkFigures']> = {
  assessedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  firms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weightedGapPerPerson?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BudgetResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['BudgetLevel'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BudgetLine']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['BudgetMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['BudgetSummary'], ParentType, ContextType>;
};

export type BudgetCreatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetCreatePayload'] = ResolversParentTypes['BudgetCreatePayload']> = {
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BudgetLineResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetLine'] = ResolversParentTypes['BudgetLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CostCategory'], ParentType, ContextType>;
  coFinancingShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['BudgetSummary'], ParentType, ContextType>;
};

export type BudgetMonthResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetMonth'] = ResolversParentTypes['BudgetMonth']> = {
  actual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cumulativeActual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cumulativeCommitted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type BudgetOverrideRequestResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetOverrideRequest'] = ResolversParentTypes['BudgetOverrideRequest']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['Occasion'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BudgetOverrideStatus'], ParentType, ContextType>;
};

export type BudgetOverrideRequestPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetOverrideRequestPayload'] = ResolversParentTypes['BudgetOverrideRequestPayload']> = {
  request?: Resolver<Maybe<ResolversTypes['BudgetOverrideRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BudgetSummaryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['BudgetSummary'] = ResolversParentTypes['BudgetSummary']> = {
  actual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CandidateGapResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CandidateGap'] = ResolversParentTypes['CandidateGap']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertificateResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = {
  competence?: Resolver<Maybe<ResolversTypes['Competence']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CertificatePayload'] = ResolversParentTypes['CertificatePayload']> = {
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  benchmark?: Resolver<ResolversTypes['Benchmark'], ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<CompanyEmployeesArgs, 'first' | 'includeInactive'>>;
  expiringCertificates?: Resolver<Array<ResolversTypes['Certificate']>, ParentType, ContextType, RequireFields<CompanyExpiringCertificatesArgs, 'withinDays'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jobRoles?: Resolver<Array<ResolversTypes['JobRole']>, ParentType, ContextType>;
  keyPersonRisks?: Resolver<Array<ResolversTypes['KeyPersonRisk']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onboarding?: Resolver<ResolversTypes['OnboardingProgress'], ParentType, ContextType>;
  orgNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  recruitmentNeeds?: Resolver<Array<ResolversTypes['RecruitmentNeed']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CompanySize'], ParentType, ContextType>;
  skillsMatrix?: Resolver<ResolversTypes['SkillsMatrix'], ParentType, ContextType, Partial<CompanySkillsMatrixArgs>>;
  sniCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplyPlan?: Resolver<Array<ResolversTypes['SupplyPlanItem']>, ParentType, ContextType>;
  trainingPlan?: Resolver<ResolversTypes['TrainingPlan'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CompetenceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Competence'] = ResolversParentTypes['Competence']> = {
  area?: Resolver<ResolversTypes['CompetenceArea'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escoUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobtechConceptId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompetenceAreaResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetenceArea'] = ResolversParentTypes['CompetenceArea']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType, RequireFields<CompetenceAreaCompetencesArgs, 'includeRetired'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompetenceDevelopedResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetenceDeveloped'] = ResolversParentTypes['CompetenceDeveloped']> = {
  competenceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompetenceHolderResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetenceHolder'] = ResolversParentTypes['CompetenceHolder']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AssessmentSource'], ParentType, ContextType>;
};

export type CompetenceHolderConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetenceHolderConnection'] = ResolversParentTypes['CompetenceHolderConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['CompetenceHolder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompetencePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetencePayload'] = ResolversParentTypes['CompetencePayload']> = {
  competence?: Resolver<Maybe<ResolversTypes['Competence']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompetenceStandingResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CompetenceStanding'] = ResolversParentTypes['CompetenceStanding']> = {
  assessedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  currentLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentSource?: Resolver<Maybe<ResolversTypes['AssessmentSource']>, ParentType, ContextType>;
  futureBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  futureLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedGap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CostComparisonResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CostComparison'] = ResolversParentTypes['CostComparison']> = {
  firms?: Resolver<Array<ResolversTypes['FirmCostRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['IndustryCostRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
};

export type CostFiguresResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CostFigures'] = ResolversParentTypes['CostFigures']> = {
  closedGapLevels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  costPerClosedLevel?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costPerHour?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costPerParticipant?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CountRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CountRow'] = ResolversParentTypes['CountRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountyResultResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CountyResult'] = ResolversParentTypes['CountyResult']> = {
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapsClosed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  joinedFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trainingHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CourseResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = {
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['CourseCompetence']>, ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluationComments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationSummary?: Resolver<ResolversTypes['EvaluationSummary'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['CourseFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lengthHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pastOccasions?: Resolver<Array<ResolversTypes['Occasion']>, ParentType, ContextType, RequireFields<CoursePastOccasionsArgs, 'first'>>;
  prerequisites?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pricePerOccasion?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  pricePerParticipant?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainingEffect?: Resolver<Array<ResolversTypes['TrainingEffect']>, ParentType, ContextType>;
  upcomingOccasions?: Resolver<Array<ResolversTypes['Occasion']>, ParentType, ContextType, RequireFields<CourseUpcomingOccasionsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseCompetenceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseCompetence'] = ResolversParentTypes['CourseCompetence']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseOfferResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseOffer'] = ResolversParentTypes['CourseOffer']> = {
  acceptedOccasion?: Resolver<Maybe<ResolversTypes['Occasion']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['CourseRequest'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CourseOfferAcceptPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseOfferAcceptPayload'] = ResolversParentTypes['CourseOfferAcceptPayload']> = {
  courseOffer?: Resolver<Maybe<ResolversTypes['CourseOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CourseOfferCreatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseOfferCreatePayload'] = ResolversParentTypes['CourseOfferCreatePayload']> = {
  courseOffer?: Resolver<Maybe<ResolversTypes['CourseOffer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoursePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CoursePayload'] = ResolversParentTypes['CoursePayload']> = {
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CourseRecommendationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseRecommendation'] = ResolversParentTypes['CourseRecommendation']> = {
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  gapLevelsClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextOccasions?: Resolver<Array<ResolversTypes['Occasion']>, ParentType, ContextType, RequireFields<CourseRecommendationNextOccasionsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pricePerGapLevel?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RecommendationStep']>, ParentType, ContextType>;
  weightedGapClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseRequestResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseRequest'] = ResolversParentTypes['CourseRequest']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['CourseOffer']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseRequestStatus'], ParentType, ContextType>;
  wantedFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  wantedTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CourseRequestClosePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseRequestClosePayload'] = ResolversParentTypes['CourseRequestClosePayload']> = {
  courseRequest?: Resolver<Maybe<ResolversTypes['CourseRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CourseRequestCreatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CourseRequestCreatePayload'] = ResolversParentTypes['CourseRequestCreatePayload']> = {
  courseRequest?: Resolver<Maybe<ResolversTypes['CourseRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoverageRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  critical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singlePointOfKnowledge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DemandCellResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DemandCell'] = ResolversParentTypes['DemandCell']> = {
  companies?: Resolver<Maybe<Array<ResolversTypes['Company']>>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  firms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  hasCourse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasUpcomingOccasion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmet?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assessmentPrompts?: Resolver<Array<ResolversTypes['AssessmentPrompt']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType, Partial<EmployeeAssessmentsArgs>>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  certificates?: Resolver<Array<ResolversTypes['Certificate']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  educationLevel?: Resolver<Maybe<ResolversTypes['EducationLevel']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employmentStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  hourlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['JobRole']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['CompetenceStanding']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeCreatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeCreatePayload'] = ResolversParentTypes['EmployeeCreatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeDeactivatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeDeactivatePayload'] = ResolversParentTypes['EmployeeDeactivatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EmployeeInvitePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeInvitePayload'] = ResolversParentTypes['EmployeeInvitePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  invitationPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeRolesPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeRolesPayload'] = ResolversParentTypes['EmployeeRolesPayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeUpdatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeUpdatePayload'] = ResolversParentTypes['EmployeeUpdatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EnrolmentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['Occasion'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
  waitlistedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type EnrolmentPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EnrolmentPayload'] = ResolversParentTypes['EnrolmentPayload']> = {
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EvaluationPayload'] = ResolversParentTypes['EvaluationPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationSummaryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EvaluationSummary'] = ResolversParentTypes['EvaluationSummary']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FirmCostRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FirmCostRow'] = ResolversParentTypes['FirmCostRow']> = {
  budgetAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
};

export type FunderCostRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FunderCostRow'] = ResolversParentTypes['FunderCostRow']> = {
  actual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CostCategory'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
};

export type FunderFirmRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FunderFirmRow'] = ResolversParentTypes['FunderFirmRow']> = {
  actual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  attestedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coFinancing?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FunderReportResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FunderReport'] = ResolversParentTypes['FunderReport']> = {
  attestedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byAgeBand?: Resolver<Array<ResolversTypes['CountRow']>, ParentType, ContextType>;
  byEducation?: Resolver<Array<ResolversTypes['CountRow']>, ParentType, ContextType>;
  byGender?: Resolver<Array<ResolversTypes['CountRow']>, ParentType, ContextType>;
  byGroup?: Resolver<Array<ResolversTypes['CountRow']>, ParentType, ContextType>;
  coFinancing?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  costs?: Resolver<Array<ResolversTypes['FunderCostRow']>, ParentType, ContextType>;
  coursesHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firmRows?: Resolver<Array<ResolversTypes['FunderFirmRow']>, ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ledgerEntryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalActual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalCommitted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type GapRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['GapRow'] = ResolversParentTypes['GapRow']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  competence?: Resolver<Maybe<ResolversTypes['Competence']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  firms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['EmployeeGroup']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleWithGap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['JobRole']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalGap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unassessed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weightedGap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sniCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndustryCostRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['IndustryCostRow'] = ResolversParentTypes['IndustryCostRow']> = {
  figures?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InternalCandidateResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['InternalCandidate'] = ResolversParentTypes['InternalCandidate']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['CandidateGap']>, ParentType, ContextType>;
  holdsRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requirements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unassessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobRoleResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JobRole'] = ResolversParentTypes['JobRole']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  holderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['RoleRequirement']>, ParentType, ContextType>;
};

export type JobRolePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JobRolePayload'] = ResolversParentTypes['JobRolePayload']> = {
  jobRole?: Resolver<Maybe<ResolversTypes['JobRole']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type JoinApplicationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JoinApplication'] = ResolversParentTypes['JoinApplication']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  motivation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CompanySize'], ParentType, ContextType>;
  sniCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JoinApplicationStatus'], ParentType, ContextType>;
};

export type JoinApplicationApprovePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JoinApplicationApprovePayload'] = ResolversParentTypes['JoinApplicationApprovePayload']> = {
  application?: Resolver<Maybe<ResolversTypes['JoinApplication']>, ParentType, ContextType>;
  invitationPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type JoinApplicationPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JoinApplicationPayload'] = ResolversParentTypes['JoinApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['JoinApplication']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type JoinApplicationReceiptResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JoinApplicationReceipt'] = ResolversParentTypes['JoinApplicationReceipt']> = {
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JoinApplicationStatus'], ParentType, ContextType>;
};

export type JoinApplicationSubmitPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JoinApplicationSubmitPayload'] = ResolversParentTypes['JoinApplicationSubmitPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['JoinApplicationReceipt']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type JointCourseCandidateResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JointCourseCandidate'] = ResolversParentTypes['JointCourseCandidate']> = {
  companies?: Resolver<Array<ResolversTypes['JointCourseCandidateCompany']>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JointCourseCandidateCompanyResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['JointCourseCandidateCompany'] = ResolversParentTypes['JointCourseCandidateCompany']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KeyPersonRiskResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['KeyPersonRisk'] = ResolversParentTypes['KeyPersonRisk']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['KeyPersonRiskReason'], ParentType, ContextType>;
  retirementYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LedgerEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  budgetLine?: Resolver<ResolversTypes['BudgetLine'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CostCategory'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerKind'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overrideApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
};

export type LedgerEntryConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['LedgerEntryConnection'] = ResolversParentTypes['LedgerEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LedgerEntryCreatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['LedgerEntryCreatePayload'] = ResolversParentTypes['LedgerEntryCreatePayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LedgerEntryReversePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['LedgerEntryReversePayload'] = ResolversParentTypes['LedgerEntryReversePayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LevelDescriptorResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['LevelDescriptor'] = ResolversParentTypes['LevelDescriptor']> = {
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assessmentsRecord?: Resolver<ResolversTypes['AssessmentsRecordPayload'], ParentType, ContextType, RequireFields<MutationAssessmentsRecordArgs, 'input'>>;
  budgetCreate?: Resolver<ResolversTypes['BudgetCreatePayload'], ParentType, ContextType, RequireFields<MutationBudgetCreateArgs, 'input'>>;
  budgetOverrideRequestCreate?: Resolver<ResolversTypes['BudgetOverrideRequestPayload'], ParentType, ContextType, RequireFields<MutationBudgetOverrideRequestCreateArgs, 'input'>>;
  budgetOverrideRequestDecide?: Resolver<ResolversTypes['BudgetOverrideRequestPayload'], ParentType, ContextType, RequireFields<MutationBudgetOverrideRequestDecideArgs, 'approve' | 'id'>>;
  certificateCreate?: Resolver<ResolversTypes['CertificatePayload'], ParentType, ContextType, RequireFields<MutationCertificateCreateArgs, 'employeeId' | 'input'>>;
  certificateDelete?: Resolver<ResolversTypes['CertificatePayload'], ParentType, ContextType, RequireFields<MutationCertificateDeleteArgs, 'id'>>;
  competenceCreate?: Resolver<ResolversTypes['CompetencePayload'], ParentType, ContextType, RequireFields<MutationCompetenceCreateArgs, 'input'>>;
  competenceRetire?: Resolver<ResolversTypes['CompetencePayload'], ParentType, ContextType, RequireFields<MutationCompetenceRetireArgs, 'id'>>;
  competenceUpdate?: Resolver<ResolversTypes['CompetencePayload'], ParentType, ContextType, RequireFields<MutationCompetenceUpdateArgs, 'id' | 'input'>>;
  courseCreate?: Resolver<ResolversTypes['CoursePayload'], ParentType, ContextType, RequireFields<MutationCourseCreateArgs, 'input'>>;
  courseOfferAccept?: Resolver<ResolversTypes['CourseOfferAcceptPayload'], ParentType, ContextType, RequireFields<MutationCourseOfferAcceptArgs, 'id'>>;
  courseOfferCreate?: Resolver<ResolversTypes['CourseOfferCreatePayload'], ParentType, ContextType, RequireFields<MutationCourseOfferCreateArgs, 'input' | 'requestId'>>;
  courseRequestClose?: Resolver<ResolversTypes['CourseRequestClosePayload'], ParentType, ContextType, RequireFields<MutationCourseRequestCloseArgs, 'id'>>;
  courseRequestCreate?: Resolver<ResolversTypes['CourseRequestCreatePayload'], ParentType, ContextType, RequireFields<MutationCourseRequestCreateArgs, 'input'>>;
  courseRetire?: Resolver<ResolversTypes['CoursePayload'], ParentType, ContextType, RequireFields<MutationCourseRetireArgs, 'id'>>;
  courseUpdate?: Resolver<ResolversTypes['CoursePayload'], ParentType, ContextType, RequireFields<MutationCourseUpdateArgs, 'id' | 'input'>>;
  employeeCreate?: Resolver<ResolversTypes['EmployeeCreatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeCreateArgs, 'companyId' | 'input'>>;
  employeeDeactivate?: Resolver<ResolversTypes['EmployeeDeactivatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeDeactivateArgs, 'id'>>;
  employeeInvite?: Resolver<ResolversTypes['EmployeeInvitePayload'], ParentType, ContextType, RequireFields<MutationEmployeeInviteArgs, 'id'>>;
  employeeRolesSet?: Resolver<ResolversTypes['EmployeeRolesPayload'], ParentType, ContextType, RequireFields<MutationEmployeeRolesSetArgs, 'employeeId' | 'roleIds'>>;
  employeeUpdate?: Resolver<ResolversTypes['EmployeeUpdatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeUpdateArgs, 'id' | 'input'>>;
  enrolmentAcceptOffer?: Resolver<ResolversTypes['EnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolmentAcceptOfferArgs, 'id'>>;
  enrolmentApprove?: Resolver<ResolversTypes['EnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolmentApproveArgs, 'id'>>;
  enrolmentCancel?: Resolver<ResolversTypes['EnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolmentCancelArgs, 'id'>>;
  enrolmentCreate?: Resolver<ResolversTypes['EnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolmentCreateArgs, 'employeeId' | 'occasionId'>>;
  enrolmentRecordOutcome?: Resolver<ResolversTypes['EnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolmentRecordOutcomeArgs, 'id' | 'outcome'>>;
  evaluationSubmit?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationEvaluationSubmitArgs, 'enrolmentId' | 'rating'>>;
  jobRoleCreate?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationJobRoleCreateArgs, 'companyId' | 'input'>>;
  jobRoleCreateFromTemplate?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationJobRoleCreateFromTemplateArgs, 'companyId' | 'templateId'>>;
  jobRoleDelete?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationJobRoleDeleteArgs, 'id'>>;
  jobRoleUpdate?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationJobRoleUpdateArgs, 'id' | 'input'>>;
  joinApplicationApprove?: Resolver<ResolversTypes['JoinApplicationApprovePayload'], ParentType, ContextType, RequireFields<MutationJoinApplicationApproveArgs, 'id'>>;
  joinApplicationReject?: Resolver<ResolversTypes['JoinApplicationPayload'], ParentType, ContextType, RequireFields<MutationJoinApplicationRejectArgs, 'id'>>;
  joinApplicationSubmit?: Resolver<ResolversTypes['JoinApplicationSubmitPayload'], ParentType, ContextType, RequireFields<MutationJoinApplicationSubmitArgs, 'input'>>;
  ledgerEntryCreate?: Resolver<ResolversTypes['LedgerEntryCreatePayload'], ParentType, ContextType, RequireFields<MutationLedgerEntryCreateArgs, 'input'>>;
  ledgerEntryReverse?: Resolver<ResolversTypes['LedgerEntryReversePayload'], ParentType, ContextType, RequireFields<MutationLedgerEntryReverseArgs, 'id' | 'overrideApproved' | 'reason'>>;
  occasionCancel?: Resolver<ResolversTypes['OccasionPayload'], ParentType, ContextType, RequireFields<MutationOccasionCancelArgs, 'id'>>;
  occasionCreate?: Resolver<ResolversTypes['OccasionPayload'], ParentType, ContextType, RequireFields<MutationOccasionCreateArgs, 'courseId' | 'input'>>;
  occasionUpdate?: Resolver<ResolversTypes['OccasionPayload'], ParentType, ContextType, RequireFields<MutationOccasionUpdateArgs, 'id' | 'input'>>;
  participantTimeAttest?: Resolver<ResolversTypes['ParticipantTimeAttestPayload'], ParentType, ContextType, RequireFields<MutationParticipantTimeAttestArgs, 'input'>>;
  participantTimeLock?: Resolver<ResolversTypes['ParticipantTimeLockPayload'], ParentType, ContextType, RequireFields<MutationParticipantTimeLockArgs, 'companyId' | 'month'>>;
  placementCreate?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationPlacementCreateArgs, 'companyId' | 'input'>>;
  placementDelete?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationPlacementDeleteArgs, 'id'>>;
  placementFill?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationPlacementFillArgs, 'filledPlaces' | 'id'>>;
  placementUpdate?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationPlacementUpdateArgs, 'id' | 'input'>>;
  roleRequirementRemove?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationRoleRequirementRemoveArgs, 'competenceId' | 'roleId'>>;
  roleRequirementSet?: Resolver<ResolversTypes['JobRolePayload'], ParentType, ContextType, RequireFields<MutationRoleRequirementSetArgs, 'input' | 'roleId'>>;
  roleTemplateCreate?: Resolver<ResolversTypes['RoleTemplatePayload'], ParentType, ContextType, RequireFields<MutationRoleTemplateCreateArgs, 'input'>>;
  roleTemplateUpdate?: Resolver<ResolversTypes['RoleTemplatePayload'], ParentType, ContextType, RequireFields<MutationRoleTemplateUpdateArgs, 'id' | 'input'>>;
  supplyPlanItemCreate?: Resolver<ResolversTypes['SupplyPlanItemPayload'], ParentType, ContextType, RequireFields<MutationSupplyPlanItemCreateArgs, 'companyId' | 'input'>>;
  supplyPlanItemDelete?: Resolver<ResolversTypes['SupplyPlanItemPayload'], ParentType, ContextType, RequireFields<MutationSupplyPlanItemDeleteArgs, 'id'>>;
  supplyPlanItemUpdate?: Resolver<ResolversTypes['SupplyPlanItemPayload'], ParentType, ContextType, RequireFields<MutationSupplyPlanItemUpdateArgs, 'id' | 'input'>>;
};

export type NeedCompetenceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['NeedCompetence'] = ResolversParentTypes['NeedCompetence']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OccasionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Occasion'] = ResolversParentTypes['Occasion']> = {
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['OccasionParticipant']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  registrationDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OccasionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccasionParticipantResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['OccasionParticipant'] = ResolversParentTypes['OccasionParticipant']> = {
  enrolmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
};

export type OccasionPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['OccasionPayload'] = ResolversParentTypes['OccasionPayload']> = {
  occasion?: Resolver<Maybe<ResolversTypes['Occasion']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OnboardingProgressResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['OnboardingProgress'] = ResolversParentTypes['OnboardingProgress']> = {
  assessedEmployees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeesWithRole?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantCellResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ParticipantCell'] = ResolversParentTypes['ParticipantCell']> = {
  gender?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantTimeAttestPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ParticipantTimeAttestPayload'] = ResolversParentTypes['ParticipantTimeAttestPayload']> = {
  row?: Resolver<Maybe<ResolversTypes['ParticipantTimeRow']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ParticipantTimeLockPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ParticipantTimeLockPayload'] = ResolversParentTypes['ParticipantTimeLockPayload']> = {
  month?: Resolver<Maybe<ResolversTypes['ParticipantTimeMonth']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ParticipantTimeMonthResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ParticipantTimeMonth'] = ResolversParentTypes['ParticipantTimeMonth']> = {
  attestedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attestedValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lockedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ParticipantTimeRow']>, ParentType, ContextType>;
};

export type ParticipantTimeRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ParticipantTimeRow'] = ResolversParentTypes['ParticipantTimeRow']> = {
  attestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attestedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  plannedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  filledPlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlacementKind'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingPlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacementPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PlacementPayload'] = ResolversParentTypes['PlacementPayload']> = {
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgrammeResultsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ProgrammeResults'] = ResolversParentTypes['ProgrammeResults']> = {
  counties?: Resolver<Array<ResolversTypes['CountyResult']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantCell']>, ParentType, ContextType>;
  topCompetences?: Resolver<Array<ResolversTypes['CompetenceDeveloped']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ProgrammeTotals'], ParentType, ContextType>;
};

export type ProgrammeTotalsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ProgrammeTotals'] = ResolversParentTypes['ProgrammeTotals']> = {
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapsClosed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainingHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType, RequireFields<QueryBudgetArgs, 'id'>>;
  budgetOverrideRequests?: Resolver<Array<ResolversTypes['BudgetOverrideRequest']>, ParentType, ContextType, Partial<QueryBudgetOverrideRequestsArgs>>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType, Partial<QueryBudgetsArgs>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  competence?: Resolver<Maybe<ResolversTypes['Competence']>, ParentType, ContextType, RequireFields<QueryCompetenceArgs, 'id'>>;
  competenceAreas?: Resolver<Array<ResolversTypes['CompetenceArea']>, ParentType, ContextType>;
  costComparison?: Resolver<ResolversTypes['CostComparison'], ParentType, ContextType, RequireFields<QueryCostComparisonArgs, 'from' | 'to'>>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courseRequest?: Resolver<Maybe<ResolversTypes['CourseRequest']>, ParentType, ContextType, RequireFields<QueryCourseRequestArgs, 'id'>>;
  courseRequests?: Resolver<Array<ResolversTypes['CourseRequest']>, ParentType, ContextType, Partial<QueryCourseRequestsArgs>>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first' | 'sort'>>;
  demand?: Resolver<Array<ResolversTypes['DemandCell']>, ParentType, ContextType, Partial<QueryDemandArgs>>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  funderReport?: Resolver<ResolversTypes['FunderReport'], ParentType, ContextType, RequireFields<QueryFunderReportArgs, 'from' | 'to'>>;
  gaps?: Resolver<Array<ResolversTypes['GapRow']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'groupBy'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  internalCandidates?: Resolver<Array<ResolversTypes['InternalCandidate']>, ParentType, ContextType, RequireFields<QueryInternalCandidatesArgs, 'first' | 'roleId'>>;
  joinApplications?: Resolver<Array<ResolversTypes['JoinApplication']>, ParentType, ContextType, Partial<QueryJoinApplicationsArgs>>;
  jointCourseCandidates?: Resolver<Array<ResolversTypes['JointCourseCandidate']>, ParentType, ContextType, RequireFields<QueryJointCourseCandidatesArgs, 'regionCode'>>;
  ledger?: Resolver<ResolversTypes['LedgerEntryConnection'], ParentType, ContextType, RequireFields<QueryLedgerArgs, 'budgetId' | 'first'>>;
  ledgerEntries?: Resolver<ResolversTypes['LedgerEntryConnection'], ParentType, ContextType, RequireFields<QueryLedgerEntriesArgs, 'filter' | 'first'>>;
  levelScale?: Resolver<Array<ResolversTypes['LevelDescriptor']>, ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['Occasion']>, ParentType, ContextType, RequireFields<QueryOccasionArgs, 'id'>>;
  participantTime?: Resolver<ResolversTypes['ParticipantTimeMonth'], ParentType, ContextType, RequireFields<QueryParticipantTimeArgs, 'companyId' | 'month'>>;
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType, RequireFields<QueryPlacementsArgs, 'openOnly'>>;
  programmeResults?: Resolver<ResolversTypes['ProgrammeResults'], ParentType, ContextType>;
  recommendedCourses?: Resolver<Array<ResolversTypes['CourseRecommendation']>, ParentType, ContextType, RequireFields<QueryRecommendedCoursesArgs, 'companyId' | 'first'>>;
  recruitmentNeedCells?: Resolver<Array<ResolversTypes['RecruitmentNeedCell']>, ParentType, ContextType, RequireFields<QueryRecruitmentNeedCellsArgs, 'dimension'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  roleTemplates?: Resolver<Array<ResolversTypes['RoleTemplate']>, ParentType, ContextType, Partial<QueryRoleTemplatesArgs>>;
  supplyPlanSummaries?: Resolver<Array<ResolversTypes['SupplyPlanSummary']>, ParentType, ContextType, Partial<QuerySupplyPlanSummariesArgs>>;
  trainingPlanSuggestion?: Resolver<ResolversTypes['TrainingPlanSuggestion'], ParentType, ContextType, RequireFields<QueryTrainingPlanSuggestionArgs, 'budget' | 'companyId' | 'from' | 'to'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  whoCanDo?: Resolver<ResolversTypes['CompetenceHolderConnection'], ParentType, ContextType, RequireFields<QueryWhoCanDoArgs, 'competenceId' | 'first' | 'minLevel'>>;
};

export type RecommendationStepResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RecommendationStep'] = ResolversParentTypes['RecommendationStep']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  fromLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecruitmentNeedResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RecruitmentNeed'] = ResolversParentTypes['RecruitmentNeed']> = {
  competences?: Resolver<Array<ResolversTypes['NeedCompetence']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  halfYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['JobRole']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RecruitmentSource'], ParentType, ContextType>;
};

export type RecruitmentNeedCellResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RecruitmentNeedCell'] = ResolversParentTypes['RecruitmentNeedCell']> = {
  competence?: Resolver<Maybe<ResolversTypes['Competence']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['RecruitmentDimension'], ParentType, ContextType>;
  firms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  halfYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  roleTemplate?: Resolver<Maybe<ResolversTypes['RoleTemplate']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleRequirementResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleRequirement'] = ResolversParentTypes['RoleRequirement']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  futureBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  futureLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleTemplateResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleTemplate'] = ResolversParentTypes['RoleTemplate']> = {
  descriptionSv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['RoleTemplateRequirement']>, ParentType, ContextType>;
  sniPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<Maybe<ResolversTypes['RoleTemplateUsage']>, ParentType, ContextType>;
};

export type RoleTemplateCompetenceUsageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleTemplateCompetenceUsage'] = ResolversParentTypes['RoleTemplateCompetenceUsage']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleTemplatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleTemplatePayload'] = ResolversParentTypes['RoleTemplatePayload']> = {
  roleTemplate?: Resolver<Maybe<ResolversTypes['RoleTemplate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RoleTemplateRequirementResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleTemplateRequirement'] = ResolversParentTypes['RoleTemplateRequirement']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleTemplateUsageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['RoleTemplateUsage'] = ResolversParentTypes['RoleTemplateUsage']> = {
  competences?: Resolver<Array<ResolversTypes['RoleTemplateCompetenceUsage']>, ParentType, ContextType>;
  firms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillsMatrixResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SkillsMatrix'] = ResolversParentTypes['SkillsMatrix']> = {
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SkillsMatrixRow']>, ParentType, ContextType>;
};

export type SkillsMatrixRowResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SkillsMatrixRow'] = ResolversParentTypes['SkillsMatrixRow']> = {
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['JobRole']>, ParentType, ContextType>;
  standings?: Resolver<Array<ResolversTypes['CompetenceStanding']>, ParentType, ContextType>;
};

export type SupplyPlanItemResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SupplyPlanItem'] = ResolversParentTypes['SupplyPlanItem']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['SupplyDecision'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['JobRole']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplyStatus'], ParentType, ContextType>;
  targetLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyPlanItemPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SupplyPlanItemPayload'] = ResolversParentTypes['SupplyPlanItemPayload']> = {
  supplyPlanItem?: Resolver<Maybe<ResolversTypes['SupplyPlanItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SupplyPlanSummaryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SupplyPlanSummary'] = ResolversParentTypes['SupplyPlanSummary']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingEffectResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingEffect'] = ResolversParentTypes['TrainingEffect']> = {
  averageAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TrainingPlanResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlan'] = ResolversParentTypes['TrainingPlan']> = {
  budgetCheck?: Resolver<Maybe<ResolversTypes['TrainingPlanBudgetCheck']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TrainingPlanLine']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['TrainingPlanTotals'], ParentType, ContextType>;
};

export type TrainingPlanBudgetCheckResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanBudgetCheck'] = ResolversParentTypes['TrainingPlanBudgetCheck']> = {
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
  fits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingFees?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingParticipantTime?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  uncommittedFees?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  uncommittedParticipantTime?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type TrainingPlanChoiceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanChoice'] = ResolversParentTypes['TrainingPlanChoice']> = {
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['Occasion'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingPlanGapClosureResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanGapClosure'] = ResolversParentTypes['TrainingPlanGapClosure']> = {
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingPlanLineResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanLine'] = ResolversParentTypes['TrainingPlanLine']> = {
  closes?: Resolver<Array<ResolversTypes['TrainingPlanGapClosure']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  enrolment?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['Occasion'], ParentType, ContextType>;
  participantTimeCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type TrainingPlanSuggestionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanSuggestion'] = ResolversParentTypes['TrainingPlanSuggestion']> = {
  budgetLeft?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['TrainingPlanChoice']>, ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingPlanTotalsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TrainingPlanTotals'] = ResolversParentTypes['TrainingPlanTotals']> = {
  fees?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  participantTime?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  weightedGapClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = MercuriusContext> = {
  ApiClient?: ApiClientResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentPrompt?: AssessmentPromptResolvers<ContextType>;
  AssessmentsRecordPayload?: AssessmentsRecordPayloadResolvers<ContextType>;
  Benchmark?: BenchmarkResolvers<ContextType>;
  BenchmarkCompetence?: BenchmarkCompetenceResolvers<ContextType>;
  BenchmarkFigures?: BenchmarkFiguresResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  BudgetCreatePayload?: BudgetCreatePayloadResolvers<ContextType>;
  BudgetLine?: BudgetLineResolvers<ContextType>;
  BudgetMonth?: BudgetMonthResolvers<ContextType>;
  BudgetOverrideRequest?: BudgetOverrideRequestResolvers<ContextType>;
  BudgetOverrideRequestPayload?: BudgetOverrideRequestPayloadResolvers<ContextType>;
  BudgetSummary?: BudgetSummaryResolvers<ContextType>;
  CandidateGap?: CandidateGapResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificatePayload?: CertificatePayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Competence?: CompetenceResolvers<ContextType>;
  CompetenceArea?: CompetenceAreaResolvers<ContextType>;
  CompetenceDeveloped?: CompetenceDevelopedResolvers<ContextType>;
  CompetenceHolder?: CompetenceHolderResolvers<ContextType>;
  CompetenceHolderConnection?: CompetenceHolderConnectionResolvers<ContextType>;
  CompetencePayload?: CompetencePayloadResolvers<ContextType>;
  CompetenceStanding?: CompetenceStandingResolvers<ContextType>;
  CostComparison?: CostComparisonResolvers<ContextType>;
  CostFigures?: CostFiguresResolvers<ContextType>;
  CountRow?: CountRowResolvers<ContextType>;
  CountyResult?: CountyResultResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseCompetence?: CourseCompetenceResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseOffer?: CourseOfferResolvers<ContextType>;
  CourseOfferAcceptPayload?: CourseOfferAcceptPayloadResolvers<ContextType>;
  CourseOfferCreatePayload?: CourseOfferCreatePayloadResolvers<ContextType>;
  CoursePayload?: CoursePayloadResolvers<ContextType>;
  CourseRecommendation?: CourseRecommendationResolvers<ContextType>;
  CourseRequest?: CourseRequestResolvers<ContextType>;
  CourseRequestClosePayload?: CourseRequestClosePayloadResolvers<ContextType>;
  CourseRequestCreatePayload?: CourseRequestCreatePayloadResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DemandCell?: DemandCellResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeCreatePayload?: EmployeeCreatePayloadResolvers<ContextType>;
  EmployeeDeactivatePayload?: EmployeeDeactivatePayloadResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeeInvitePayload?: EmployeeInvitePayloadResolvers<ContextType>;
  EmployeeRolesPayload?: EmployeeRolesPayloadResolvers<ContextType>;
  EmployeeUpdatePayload?: EmployeeUpdatePayloadResolvers<ContextType>;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentPayload?: EnrolmentPayloadResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationPayload?: EvaluationPayloadResolvers<ContextType>;
  EvaluationSummary?: EvaluationSummaryResolvers<ContextType>;
  FirmCostRow?: FirmCostRowResolvers<ContextType>;
  FunderCostRow?: FunderCostRowResolvers<ContextType>;
  FunderFirmRow?: FunderFirmRowResolvers<ContextType>;
  FunderReport?: FunderReportResolvers<ContextType>;
  GapRow?: GapRowResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryCostRow?: IndustryCostRowResolvers<ContextType>;
  InternalCandidate?: InternalCandidateResolvers<ContextType>;
  JobRole?: JobRoleResolvers<ContextType>;
  JobRolePayload?: JobRolePayloadResolvers<ContextType>;
  JoinApplication?: JoinApplicationResolvers<ContextType>;
  JoinApplicationApprovePayload?: JoinApplicationApprovePayloadResolvers<ContextType>;
  JoinApplicationPayload?: JoinApplicationPayloadResolvers<ContextType>;
  JoinApplicationReceipt?: JoinApplicationReceiptResolvers<ContextType>;
  JoinApplicationSubmitPayload?: JoinApplicationSubmitPayloadResolvers<ContextType>;
  JointCourseCandidate?: JointCourseCandidateResolvers<ContextType>;
  JointCourseCandidateCompany?: JointCourseCandidateCompanyResolvers<ContextType>;
  KeyPersonRisk?: KeyPersonRiskResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerEntryConnection?: LedgerEntryConnectionResolvers<ContextType>;
  LedgerEntryCreatePayload?: LedgerEntryCreatePayloadResolvers<ContextType>;
  LedgerEntryReversePayload?: LedgerEntryReversePayloadResolvers<ContextType>;
  LevelDescriptor?: LevelDescriptorResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NeedCompetence?: NeedCompetenceResolvers<ContextType>;
  Occasion?: OccasionResolvers<ContextType>;
  OccasionParticipant?: OccasionParticipantResolvers<ContextType>;
  OccasionPayload?: OccasionPayloadResolvers<ContextType>;
  OnboardingProgress?: OnboardingProgressResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantCell?: ParticipantCellResolvers<ContextType>;
  ParticipantTimeAttestPayload?: ParticipantTimeAttestPayloadResolvers<ContextType>;
  ParticipantTimeLockPayload?: ParticipantTimeLockPayloadResolvers<ContextType>;
  ParticipantTimeMonth?: ParticipantTimeMonthResolvers<ContextType>;
  ParticipantTimeRow?: ParticipantTimeRowResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementPayload?: PlacementPayloadResolvers<ContextType>;
  ProgrammeResults?: ProgrammeResultsResolvers<ContextType>;
  ProgrammeTotals?: ProgrammeTotalsResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationStep?: RecommendationStepResolvers<ContextType>;
  RecruitmentNeed?: RecruitmentNeedResolvers<ContextType>;
  RecruitmentNeedCell?: RecruitmentNeedCellResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RoleRequirement?: RoleRequirementResolvers<ContextType>;
  RoleTemplate?: RoleTemplateResolvers<ContextType>;
  RoleTemplateCompetenceUsage?: RoleTemplateCompetenceUsageResolvers<ContextType>;
  RoleTemplatePayload?: RoleTemplatePayloadResolvers<ContextType>;
  RoleTemplateRequirement?: RoleTemplateRequirementResolvers<ContextType>;
  RoleTemplateUsage?: RoleTemplateUsageResolvers<ContextType>;
  SkillsMatrix?: SkillsMatrixResolvers<ContextType>;
  SkillsMatrixRow?: SkillsMatrixRowResolvers<ContextType>;
  SupplyPlanItem?: SupplyPlanItemResolvers<ContextType>;
  SupplyPlanItemPayload?: SupplyPlanItemPayloadResolvers<ContextType>;
  SupplyPlanSummary?: SupplyPlanSummaryResolvers<ContextType>;
  TrainingEffect?: TrainingEffectResolvers<ContextType>;
  TrainingPlan?: TrainingPlanResolvers<ContextType>;
  TrainingPlanBudgetCheck?: TrainingPlanBudgetCheckResolvers<ContextType>;
  TrainingPlanChoice?: TrainingPlanChoiceResolvers<ContextType>;
  TrainingPlanGapClosure?: TrainingPlanGapClosureResolvers<ContextType>;
  TrainingPlanLine?: TrainingPlanLineResolvers<ContextType>;
  TrainingPlanSuggestion?: TrainingPlanSuggestionResolvers<ContextType>;
  TrainingPlanTotals?: TrainingPlanTotalsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

