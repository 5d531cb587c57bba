import { companySizes, educationLevels, employeeGroups, genders, roles } from '@smartkompetens/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

// The value lists live in @smartkompetens/domain so the API and SPA use the same words.
export const employeeGroup = pgEnum('employee_group', employeeGroups);
export const gender = pgEnum('gender', genders);
export const educationLevel = pgEnum('education_level', educationLevels);
export const companySize = pgEnum('company_size', companySizes);
export const role = pgEnum('role', roles);
