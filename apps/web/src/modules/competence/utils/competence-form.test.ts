import { describe, expect, it } from 'vitest';
import { blankCompetenceForm, escoLink, jobtechLink, suggestCode, toCompetenceInput } from './competence-form.ts';

describe('toCompetenceInput', () => {
  it('trims the text and sends empty optional fields as null', () => {
    const { input, problems } = toCompetenceInput({
      ...blankCompetenceForm('a1'),
      code: ' robot-welding ',
      nameSv: ' Robotsvetsning ',
      escoUri: 'http://data.europa.eu/esco/skill/0a1b2c3d-1111-2222-3333-444455556666',
    });
    expect(problems).toEqual([]);
    expect(input).toEqual({
      areaId: 'a1',
      code: 'robot-welding',
      nameSv: 'Robotsvetsning',
      nameEn: null,
      descriptionSv: '',
      descriptionEn: null,
      jobtechConceptId: null,
      escoUri: 'http://data.europa.eu/esco/skill/0a1b2c3d-1111-2222-3333-444455556666',
    });
  });

  it('refuses what the API refuses, at the same paths', () => {
    const { problems } = toCompetenceInput({
      ...blankCompetenceForm(),
      code: 'Robot Welding',
      nameEn: 'x'.repeat(121),
      escoUri: 'https://example.com/skill',
    });
    expect(problems.map((p) => `${p.field?.join('.')}:${p.code}`)).toEqual([
      'input.areaId:REQUIRED',
      'input.nameSv:REQUIRED',
      'input.nameEn:TOO_LONG',
      'input.code:INVALID',
      'input.escoUri:INVALID',
    ]);
  });
});

describe('codes and links', () => {
  it('suggests a code from the Swedish name', () => {
    expect(suggestCode('CNC-programmering')).toBe('cnc-programmering');
    expect(suggestCode('Kvalitetsledning ISO 9001')).toBe('kvalitetsledning-iso-9001');
    expect(suggestCode('Hållbar produktion & återvinning')).toBe('hallbar-produktion-atervinning');
  });

  it('links ESCO over https and JobTech concepts to the taxonomy API', () => {
    expect(escoLink('http://data.europa.eu/esco/skill/abc')).toBe('https://data.europa.eu/esco/skill/abc');
    expect(jobtechLink('tHZB_LJU_8LG')).toBe('https://taxonomy.api.jobtechdev.se/v1/taxonomy/main/concepts?id=tHZB_LJU_8LG');
  });
});
