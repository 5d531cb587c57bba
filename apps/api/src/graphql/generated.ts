import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow, CompanyRow, EmployeeRow, ProviderRow } from '../modules/organisations/organisations.service.ts';
import type { MembershipScope, ViewerModel } from '../auth/viewer.ts';
import type { ApiClientSummary } from '../modules/auth/auth.service.ts';
import type { Page } from '../lib/cursor.ts';
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

export type Company = {
  __typename?: 'Company';
  employeeCount: Scalars['Int']['output'];
  /** Employees the viewer may see, by last name; an employee sees only themself. */
  employees: EmployeeConnection;
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Organisation number, NNNNNN-NNNN. */
  orgNumber: Scalars['String']['output'];
  region: Region;
  size: CompanySize;
  /** SNI 2007 industry code. */
  sniCode: Scalars['String']['output'];
  /** Whether the viewer may add and edit this company's employees. */
  viewerCanManage: Scalars['Boolean']['output'];
};


export type CompanyEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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

/** ISCED 2011 bands as EU social fund participant statistics group them. */
export type EducationLevel =
  | 'ISCED_0_2'
  | 'ISCED_3_4'
  | 'ISCED_5_8';

export type Employee = {
  __typename?: 'Employee';
  active: Scalars['Boolean']['output'];
  birthYear: Maybe<Scalars['Int']['output']>;
  company: Company;
  educationLevel: Maybe<EducationLevel>;
  email: Maybe<Scalars['String']['output']>;
  employmentStart: Scalars['Date']['output'];
  firstName: Scalars['String']['output'];
  gender: Maybe<Gender>;
  group: EmployeeGroup;
  /** Hourly salary cost including social fees, in öre. */
  hourlyCost: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  /** Increases with every change; pass it back as expectedVersion to detect concurrent edits. */
  version: Scalars['Int']['output'];
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

export type EmployeeUpdatePayload = {
  __typename?: 'EmployeeUpdatePayload';
  employee: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type Gender =
  | 'MAN'
  | 'NON_BINARY'
  | 'WOMAN';

export type Industry = {
  __typename?: 'Industry';
  companyCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  sniCode: Scalars['String']['output'];
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
  employeeCreate: EmployeeCreatePayload;
  /** Marks the employee as no longer employed; history is kept. */
  employeeDeactivate: EmployeeDeactivatePayload;
  /** Replaces the employee's details. With expectedVersion, refuses (STALE) if someone else changed them since. */
  employeeUpdate: EmployeeUpdatePayload;
};


export type MutationEmployeeCreateArgs = {
  companyId: Scalars['ID']['input'];
  input: EmployeeInput;
};


export type MutationEmployeeDeactivateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEmployeeUpdateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: EmployeeInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
  companies: CompanyConnection;
  company: Maybe<Company>;
  employee: Maybe<Employee>;
  /** Industries (SNI codes) of the companies the viewer may see, for filters. */
  industries: Array<Industry>;
  region: Maybe<Region>;
  regions: Array<Region>;
  /** The signed-in user or integration client; null when not signed in. */
  viewer: Maybe<Viewer>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};

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
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
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
  ApiClient: ResolverTypeWrapper<ApiClientSummary>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyConnection: ResolverTypeWrapper<Page<CompanyRow>>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanySize: CompanySize;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EducationLevel: EducationLevel;
  Employee: ResolverTypeWrapper<EmployeeRow>;
  EmployeeConnection: ResolverTypeWrapper<Page<EmployeeRow>>;
  EmployeeCreatePayload: ResolverTypeWrapper<Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeDeactivatePayload: ResolverTypeWrapper<Omit<EmployeeDeactivatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeGroup: EmployeeGroup;
  EmployeeInput: EmployeeInput;
  EmployeeUpdatePayload: ResolverTypeWrapper<Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  Gender: Gender;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Industry: ResolverTypeWrapper<Industry>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Membership: ResolverTypeWrapper<MembershipScope>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: ResolverTypeWrapper<ProviderRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  User: ResolverTypeWrapper<User>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiClient: ApiClientSummary;
  Boolean: Scalars['Boolean']['output'];
  Company: CompanyRow;
  CompanyConnection: Page<CompanyRow>;
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Employee: EmployeeRow;
  EmployeeConnection: Page<EmployeeRow>;
  EmployeeCreatePayload: Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeDeactivatePayload: Omit<EmployeeDeactivatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeInput: EmployeeInput;
  EmployeeUpdatePayload: Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  ID: Scalars['ID']['output'];
  Industry: Industry;
  Int: Scalars['Int']['output'];
  Membership: MembershipScope;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Provider: ProviderRow;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  String: Scalars['String']['output'];
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

export type CompanyResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<CompanyEmployeesArgs, 'first' | 'includeInactive'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['CompanySize'], ParentType, ContextType>;
  sniCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmployeeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  educationLevel?: Resolver<Maybe<ResolversTypes['EducationLevel']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employmentStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['EmployeeGroup'], ParentType, ContextType>;
  hourlyCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type EmployeeUpdatePayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmployeeUpdatePayload'] = ResolversParentTypes['EmployeeUpdatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sniCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  employeeCreate?: Resolver<ResolversTypes['EmployeeCreatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeCreateArgs, 'companyId' | 'input'>>;
  employeeDeactivate?: Resolver<ResolversTypes['EmployeeDeactivatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeDeactivateArgs, 'id'>>;
  employeeUpdate?: Resolver<ResolversTypes['EmployeeUpdatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeUpdateArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  companyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeCreatePayload?: EmployeeCreatePayloadResolvers<ContextType>;
  EmployeeDeactivatePayload?: EmployeeDeactivatePayloadResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeeUpdatePayload?: EmployeeUpdatePayloadResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

