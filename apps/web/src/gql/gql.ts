/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardRegions {\n    regions {\n      code\n      name\n      ownerName\n      companyCount\n    }\n  }\n": typeof types.DashboardRegionsDocument,
    "\n  query Companies($first: Int!, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        orgNumber\n        sniCode\n        industry\n        municipality\n        size\n        employeeCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query CompanyFilterOptions {\n    regions {\n      code\n      name\n    }\n    industries {\n      sniCode\n      name\n      companyCount\n    }\n  }\n": typeof types.CompanyFilterOptionsDocument,
    "\n  query CompanyEmployees($id: ID!, $first: Int!, $after: String, $search: String, $includeInactive: Boolean!) {\n    company(id: $id) {\n      id\n      employees(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          firstName\n          lastName\n          email\n          jobTitle\n          group\n          employmentStart\n          active\n        }\n      }\n    }\n  }\n": typeof types.CompanyEmployeesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      orgNumber\n      sniCode\n      industry\n      municipality\n      size\n      employeeCount\n      viewerCanManage\n      region {\n        code\n        name\n        ownerName\n      }\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  query EmployeeForEdit($id: ID!) {\n    employee(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      jobTitle\n      group\n      employmentStart\n      hourlyCost\n      birthYear\n      gender\n      educationLevel\n      active\n      version\n      company {\n        id\n        name\n        viewerCanManage\n      }\n    }\n  }\n": typeof types.EmployeeForEditDocument,
    "\n  query CompanyForEmployeeForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      viewerCanManage\n    }\n  }\n": typeof types.CompanyForEmployeeFormDocument,
    "\n  mutation EmployeeCreate($companyId: ID!, $input: EmployeeInput!) {\n    employeeCreate(companyId: $companyId, input: $input) {\n      employee {\n        id\n        firstName\n        lastName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {\n    employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      employee {\n        id\n        firstName\n        lastName\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EmployeeUpdateDocument,
    "\n  mutation EmployeeDeactivate($id: ID!) {\n    employeeDeactivate(id: $id) {\n      employee {\n        id\n        firstName\n        lastName\n        active\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EmployeeDeactivateDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      memberships {\n        id\n        role\n        region {\n          code\n          name\n          ownerName\n          companyCount\n        }\n        company {\n          id\n          name\n          employeeCount\n          region {\n            code\n            name\n          }\n        }\n        provider {\n          id\n          name\n        }\n        employee {\n          id\n          firstName\n          lastName\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query DashboardRegions {\n    regions {\n      code\n      name\n      ownerName\n      companyCount\n    }\n  }\n": types.DashboardRegionsDocument,
    "\n  query Companies($first: Int!, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        orgNumber\n        sniCode\n        industry\n        municipality\n        size\n        employeeCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query CompanyFilterOptions {\n    regions {\n      code\n      name\n    }\n    industries {\n      sniCode\n      name\n      companyCount\n    }\n  }\n": types.CompanyFilterOptionsDocument,
    "\n  query CompanyEmployees($id: ID!, $first: Int!, $after: String, $search: String, $includeInactive: Boolean!) {\n    company(id: $id) {\n      id\n      employees(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          firstName\n          lastName\n          email\n          jobTitle\n          group\n          employmentStart\n          active\n        }\n      }\n    }\n  }\n": types.CompanyEmployeesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      orgNumber\n      sniCode\n      industry\n      municipality\n      size\n      employeeCount\n      viewerCanManage\n      region {\n        code\n        name\n        ownerName\n      }\n    }\n  }\n": types.CompanyDocument,
    "\n  query EmployeeForEdit($id: ID!) {\n    employee(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      jobTitle\n      group\n      employmentStart\n      hourlyCost\n      birthYear\n      gender\n      educationLevel\n      active\n      version\n      company {\n        id\n        name\n        viewerCanManage\n      }\n    }\n  }\n": types.EmployeeForEditDocument,
    "\n  query CompanyForEmployeeForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      viewerCanManage\n    }\n  }\n": types.CompanyForEmployeeFormDocument,
    "\n  mutation EmployeeCreate($companyId: ID!, $input: EmployeeInput!) {\n    employeeCreate(companyId: $companyId, input: $input) {\n      employee {\n        id\n        firstName\n        lastName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EmployeeCreateDocument,
    "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {\n    employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      employee {\n        id\n        firstName\n        lastName\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EmployeeUpdateDocument,
    "\n  mutation EmployeeDeactivate($id: ID!) {\n    employeeDeactivate(id: $id) {\n      employee {\n        id\n        firstName\n        lastName\n        active\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EmployeeDeactivateDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      memberships {\n        id\n        role\n        region {\n          code\n          name\n          ownerName\n          companyCount\n        }\n        company {\n          id\n          name\n          employeeCount\n          region {\n            code\n            name\n          }\n        }\n        provider {\n          id\n          name\n        }\n        employee {\n          id\n          firstName\n          lastName\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRegions {\n    regions {\n      code\n      name\n      ownerName\n      companyCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardRegions {\n    regions {\n      code\n      name\n      ownerName\n      companyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($first: Int!, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        orgNumber\n        sniCode\n        industry\n        municipality\n        size\n        employeeCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies($first: Int!, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        orgNumber\n        sniCode\n        industry\n        municipality\n        size\n        employeeCount\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyFilterOptions {\n    regions {\n      code\n      name\n    }\n    industries {\n      sniCode\n      name\n      companyCount\n    }\n  }\n"): (typeof documents)["\n  query CompanyFilterOptions {\n    regions {\n      code\n      name\n    }\n    industries {\n      sniCode\n      name\n      companyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyEmployees($id: ID!, $first: Int!, $after: String, $search: String, $includeInactive: Boolean!) {\n    company(id: $id) {\n      id\n      employees(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          firstName\n          lastName\n          email\n          jobTitle\n          group\n          employmentStart\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyEmployees($id: ID!, $first: Int!, $after: String, $search: String, $includeInactive: Boolean!) {\n    company(id: $id) {\n      id\n      employees(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          firstName\n          lastName\n          email\n          jobTitle\n          group\n          employmentStart\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      orgNumber\n      sniCode\n      industry\n      municipality\n      size\n      employeeCount\n      viewerCanManage\n      region {\n        code\n        name\n        ownerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      orgNumber\n      sniCode\n      industry\n      municipality\n      size\n      employeeCount\n      viewerCanManage\n      region {\n        code\n        name\n        ownerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeForEdit($id: ID!) {\n    employee(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      jobTitle\n      group\n      employmentStart\n      hourlyCost\n      birthYear\n      gender\n      educationLevel\n      active\n      version\n      company {\n        id\n        name\n        viewerCanManage\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeForEdit($id: ID!) {\n    employee(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      jobTitle\n      group\n      employmentStart\n      hourlyCost\n      birthYear\n      gender\n      educationLevel\n      active\n      version\n      company {\n        id\n        name\n        viewerCanManage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyForEmployeeForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      viewerCanManage\n    }\n  }\n"): (typeof documents)["\n  query CompanyForEmployeeForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      viewerCanManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeCreate($companyId: ID!, $input: EmployeeInput!) {\n    employeeCreate(companyId: $companyId, input: $input) {\n      employee {\n        id\n        firstName\n        lastName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeCreate($companyId: ID!, $input: EmployeeInput!) {\n    employeeCreate(companyId: $companyId, input: $input) {\n      employee {\n        id\n        firstName\n        lastName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {\n    employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      employee {\n        id\n        firstName\n        lastName\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeUpdate($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {\n    employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      employee {\n        id\n        firstName\n        lastName\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeDeactivate($id: ID!) {\n    employeeDeactivate(id: $id) {\n      employee {\n        id\n        firstName\n        lastName\n        active\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeDeactivate($id: ID!) {\n    employeeDeactivate(id: $id) {\n      employee {\n        id\n        firstName\n        lastName\n        active\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      memberships {\n        id\n        role\n        region {\n          code\n          name\n          ownerName\n          companyCount\n        }\n        company {\n          id\n          name\n          employeeCount\n          region {\n            code\n            name\n          }\n        }\n        provider {\n          id\n          name\n        }\n        employee {\n          id\n          firstName\n          lastName\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      memberships {\n        id\n        role\n        region {\n          code\n          name\n          ownerName\n          companyCount\n        }\n        company {\n          id\n          name\n          employeeCount\n          region {\n            code\n            name\n          }\n        }\n        provider {\n          id\n          name\n        }\n        employee {\n          id\n          firstName\n          lastName\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;