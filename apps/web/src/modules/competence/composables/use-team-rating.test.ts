import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../../../i18n.ts';
import { json, mockFetch } from '../../../test/fetch-mock.ts';
import { useTeamRating } from './use-team-rating.ts';

const standing = (competenceId: string, requiredLevel: number, currentLevel: number | null, currentSource: 'SELF' | 'MANAGER' | null) => ({
  competence: { id: competenceId },
  requiredLevel,
  importance: 'CRITICAL',
  currentLevel,
  currentSource,
  assessedOn: currentLevel === null ? null : '2026-05-05',
  gap: currentLevel === null ? null : Math.max(requiredLevel - currentLevel, 0),
  weightedGap: currentLevel === null ? null : Math.max(requiredLevel - currentLevel, 0) * 3,
  futureLevel: null,
});

const matrix = {
  company: {
    id: 'c1',
    name: 'Fyrisgjuteriet AB',
    viewerCanManage: true,
    jobRoles: [],
    skillsMatrix: {
      competences: [
        { id: 'cnc', code: 'cnc-programming', nameSv: 'CNC-programmering', nameEn: 'CNC programming', area: { id: 'a', nameSv: 'Skärande', nameEn: null } },
        { id: 'met', code: 'metrology', nameSv: 'Mätteknik', nameEn: null, area: { id: 'a', nameSv: 'Skärande', nameEn: null } },
      ],
      rows: [
        { employee: { id: 'e1', firstName: 'Amina', lastName: 'Holm', jobTitle: 'CNC-operatör' }, roles: [], standings: [standing('cnc', 4, 3, 'MANAGER'), standing('met', 4, 5, 'SELF')] },
        { employee: { id: 'e2', firstName: 'Nikola', lastName: 'Holmberg', jobTitle: 'CNC-operatör' }, roles: [], standings: [standing('cnc', 4, null, null)] },
      ],
    },
  },
};

async function mountRating() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/companies/:id/team-rating', name: 'team-rating', component: { render: () => null } }] });
  await router.push('/companies/c1/team-rating');
  let team!: ReturnType<typeof useTeamRating>;
  const Host = defineComponent({
    setup() {
      team = useTeamRating('c1');
      return () => h('div');
    },
  });
  mount(Host, { global: { plugins: [createPinia(), createAppI18n('sv'), router] } });
  await vi.waitFor(() => expect(team.matrix.rows.value).toHaveLength(2));
  return team;
}


describe('useTeamRating', () => {
  it('saves every change of the grid in one assessmentsRecord call', async () => {
    const { requests } = mockFetch({
      'graphql:SkillsMatrix': () => json({ data: matrix }),
      'graphql:AssessmentsRecord': () => json({ data: { assessmentsRecord: { assessments: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }], userErrors: [] } } }),
    });
    const team = await mountRating();
    const aminaRow = team.matrix.rows.value.find((r) => r.employee.id === 'e1')!;
    const nikolaRow = team.matrix.rows.value.find((r) => r.employee.id === 'e2')!;

    team.setLevel(aminaRow, aminaRow.standings[0]!, 4);
    team.setLevel(aminaRow, aminaRow.standings[1]!, 5); // confirming a self-assessment is a change
    team.setLevel(nikolaRow, nikolaRow.standings[0]!, 2);
    await nextTick();

    const outcome = await team.save();

    expect(outcome).toEqual({ status: 'saved', count: 3 });
    const saves = requests.filter((r) => (r.body as { operationName?: string }).operationName === 'AssessmentsRecord');
    expect(saves).toHaveLength(1);
    expect((saves[0]!.body as { variables: unknown }).variables).toEqual({
      input: [
        { employeeId: 'e1', competenceId: 'cnc', level: 4 },
        { employeeId: 'e1', competenceId: 'met', level: 5 },
        { employeeId: 'e2', competenceId: 'cnc', level: 2 },
      ],
    });
    expect(team.draft.dirty.value).toBe(false);
  });

  it('keeps the changes and shows userErrors on their cells when the call is refused', async () => {
    mockFetch({
      'graphql:SkillsMatrix': () => json({ data: matrix }),
      'graphql:AssessmentsRecord': () =>
        json({
          data: {
            assessmentsRecord: {
              assessments: null,
              userErrors: [{ field: ['input', '1', 'employeeId'], message: 'Employee not found', code: 'NOT_FOUND' }],
            },
          },
        }),
    });
    const team = await mountRating();
    const aminaRow = team.matrix.rows.value.find((r) => r.employee.id === 'e1')!;
    const nikolaRow = team.matrix.rows.value.find((r) => r.employee.id === 'e2')!;
    team.setLevel(aminaRow, aminaRow.standings[0]!, 4);
    team.setLevel(nikolaRow, nikolaRow.standings[0]!, 2);

    expect(await team.save()).toEqual({ status: 'invalid' });
    expect(team.draft.count.value).toBe(2);
    expect(team.draft.errorsOf('e2:cnc').map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(team.describe('e2:cnc')).toEqual({ person: 'Nikola Holmberg', competence: 'CNC-programmering' });
  });
});
