import { describe, expect, it } from 'vitest';
import { prefixTsQuery, searchStems } from './search.ts';

describe('Swedish search terms', () => {
  it('reduces derived forms to a shared stem', () => {
    expect(searchStems('svetsning')).toEqual(['svets']);
    expect(searchStems('svetsare')).toEqual(['svets']);
    expect(searchStems('Förändringsledning')).toEqual(['förändringsled']);
  });

  it('keeps short words whole and drops punctuation and duplicates', () => {
    expect(searchStems('CNC, cnc & PLC!')).toEqual(['cnc', 'plc']);
  });

  it('builds a prefix query of all terms, or null for no terms', () => {
    expect(prefixTsQuery('TIG svetsning')).toBe('tig:* & svets:*');
    expect(prefixTsQuery('  ,; ')).toBeNull();
  });
});
