import {
  assessmentSources,
  audiences,
  courseFormats,
  courseRequestStatuses,
  enrolmentStatuses,
  occasionStatuses,
  companySizes,
  educationLevels,
  employeeGroups,
  genders,
  importances,
  roles,
  supplyDecisions,
  supplyStatuses,
} from '@smartkompetens/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

// The value lists live in @smartkompetens/domain so the API and SPA use the same words.
export const employeeGroup = pgEnum('employee_group', employeeGroups);
export const gender = pgEnum('gender', genders);
export const educationLevel = pgEnum('education_level', educationLevels);
export const companySize = pgEnum('company_size', companySizes);
export const role = pgEnum('role', roles);
export const importance = pgEnum('importance', importances);
export const assessmentSource = pgEnum('assessment_source', assessmentSources);
export const supplyDecision = pgEnum('supply_decision', supplyDecisions);
export const supplyStatus = pgEnum('supply_status', supplyStatuses);
export const audience = pgEnum('audience', audiences);
export const courseFormat = pgEnum('course_format', courseFormats);
export const occasionStatus = pgEnum('occasion_status', occasionStatuses);
export const enrolmentStatus = pgEnum('enrolment_status', enrolmentStatuses);
export const courseRequestStatus = pgEnum('course_request_status', courseRequestStatuses);

// Budget tracking (appended: the imports above stay untouched).
import { budgetLevels, budgetOverrideStatuses, costCategories, fundingSources, ledgerKinds } from '@smartkompetens/domain';
export const costCategory = pgEnum('cost_category', costCategories);
export const fundingSource = pgEnum('funding_source', fundingSources);
export const ledgerKind = pgEnum('ledger_kind', ledgerKinds);
export const budgetLevel = pgEnum('budget_level', budgetLevels);
export const budgetOverrideStatus = pgEnum('budget_override_status', budgetOverrideStatuses);

// Recruitment and spreading (appended).
import { joinApplicationStatuses, placementKinds } from '@smartkompetens/domain';
export const placementKind = pgEnum('placement_kind', placementKinds);
export const joinApplicationStatus = pgEnum('join_application_status', joinApplicationStatuses);
