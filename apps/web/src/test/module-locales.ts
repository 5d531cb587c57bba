import { describe, expect, it } from 'vitest';
import appSv from '../locales/sv.json';
import { mergeMessages } from '../i18n.ts';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(messages: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** The checks every module's own locale files must pass: same keys, placeholders and plurals in both languages, one namespace. */
export function describeModuleLocales(module: string, sv: object, en: object): void {
  describe(`the ${module} module locale files`, () => {
    it('have the same keys in Swedish and English', () => {
      expect(keys(en).sort()).toEqual(keys(sv).sort());
    });

    it('use the same placeholders and plural forms in both languages', () => {
      for (const key of keys(sv)) {
        expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(sv, key)));
        expect(lookup(en, key).split(' | ').length, key).toBe(lookup(sv, key).split(' | ').length);
      }
    });

    it('escape @ so vue-i18n does not read it as a linked message', () => {
      for (const messages of [sv, en]) {
        for (const key of keys(messages)) expect(lookup(messages, key).replace(/\{'@'\}/g, ''), key).not.toContain('@');
      }
    });

    it(`keep everything under \`${module}\`, so merging never overwrites the app’s own keys`, () => {
      expect(Object.keys(sv)).toEqual([module]);
      expect(Object.keys(en)).toEqual([module]);
      expect(Object.keys(appSv)).not.toContain(module);
    });

    it('merge into the app messages without losing either side', () => {
      const merged = mergeMessages(appSv, sv);
      expect(keys(merged).sort()).toEqual([...keys(appSv), ...keys(sv)].sort());
      expect(mergeMessages({ a: { b: '1', c: '2' } }, { a: { c: '3', d: '4' } })).toEqual({ a: { b: '1', c: '3', d: '4' } });
    });
  });
}
