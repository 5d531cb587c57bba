import type { Role } from '@smartkompetens/domain';
import type { RouteRecordRaw } from 'vue-router';

/** Who may browse the list of firms: those whose scope covers more than one firm. */
export const companyBrowsers: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'PROVIDER'];
/** Who may see employees at all: providers see firms' public details only, never people. */
export const employeeViewers: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN', 'EMPLOYEE'];
/** Who may open the employee form; the API still decides per firm (`viewerCanManage`). */
export const employeeEditors: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN'];

export const organisationRoutes: RouteRecordRaw[] = [
  {
    path: '/companies',
    name: 'companies',
    component: () => import('./views/companies-view.vue'),
    meta: { roles: companyBrowsers, titleKey: 'organisations.companies.title' },
  },
  {
    path: '/companies/:id',
    name: 'company',
    component: () => import('./views/company-view.vue'),
    props: true,
    meta: { titleKey: 'organisations.company.title' },
  },
  {
    path: '/companies/:id/employees/new',
    name: 'employee-new',
    component: () => import('./views/employee-form-view.vue'),
    props: (route) => ({ companyId: String(route.params.id) }),
    meta: { roles: employeeEditors, titleKey: 'organisations.employeeForm.newTitle' },
  },
  {
    path: '/employees/:id/edit',
    name: 'employee-edit',
    component: () => import('./views/employee-form-view.vue'),
    props: (route) => ({ employeeId: String(route.params.id) }),
    meta: { roles: employeeEditors, titleKey: 'organisations.employeeForm.editTitle' },
  },
];
