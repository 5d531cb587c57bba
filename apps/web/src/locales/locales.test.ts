import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('locale files', () => {
  it('have the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('use the same placeholders in both languages', () => {
    const lookup = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keys(sv)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(sv, key)));
    }
  });

  it('escape @ so vue-i18n does not read it as a linked message', () => {
    for (const messages of [sv, en]) {
      const lookup = (key: string) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
      for (const key of keys(messages)) expect(lookup(key).replace(/\{'@'\}/g, ''), key).not.toContain('@');
    }
  });
});
