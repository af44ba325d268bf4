import { describe, expect, test } from 'vitest';
import { checkNameRules, nameSlipProblem, nameSlips } from './house-style.ts';
import { readMdx } from './mdx-tree.ts';

const rules = checkNameRules({
  rules: [
    { house: 'Alexander', not: ['Aleksandr'] },
    { house: 'roubles', not: ['rubles'] },
    { house: 'Kiev', not: ['Kyiv'], gloss: true },
  ],
});
const slips = (source: string) => {
  const reading = readMdx(source);
  return nameSlips(reading.blocks, reading.frontmatter, rules).map((s) => `${s.line}: ${s.found} → ${s.house}`);
};

describe('nameSlips()', () => {
  test('finds forms that are not the house form, with their lines', () => {
    expect(slips('Aleksandr Krymov paid 5 rubles\nin Kyiv.')).toEqual(['1: Aleksandr → Alexander', '1: rubles → roubles', '2: Kyiv → Kiev']);
  });

  test('leaves quotations, a place glossed after its 1917 name, and parts of other words alone', () => {
    expect(slips('He wrote "Aleksandr", and “rubles”. In Kiev (Kyiv) the Aleksandrov film ran.')).toEqual([]);
  });

  test('checks the frontmatter, except other spellings and a work as published', () => {
    const source = '---\nname: Aleksandr Krymov\naliases: [Aleksandr Krymov]\ntitle: Aleksandr and the rubles\n---\n\nText.';
    expect(slips(source)).toEqual(['2: Aleksandr → Alexander']);
  });

  test('says what to write instead', () => {
    expect(nameSlipProblem('content/x.mdx:3', { found: 'Kyiv', house: 'Kiev' })).toBe(
      'content/x.mdx:3: "Kyiv" is not the house form: write "Kiev" (content/house-style.md; other spellings belong in an entry\'s aliases)',
    );
  });
});

describe('checkNameRules()', () => {
  test.each([
    [{}, 'x.json: should be { "rules"'],
    [{ rules: [{ house: '', not: ['a'] }] }, 'x.json: rule 1: "house" should be the house form'],
    [{ rules: [{ house: 'Kiev', not: [] }] }, 'x.json: rule 1 (Kiev): "not" should list the forms it replaces'],
    [{ rules: [{ house: 'Kiev', not: ['Kyiv'], glos: true }] }, 'x.json: rule 1 (Kiev): unknown field "glos"'],
  ])('refuses %j, naming the file and the rule', (value, message) => {
    expect(() => checkNameRules(value, 'x.json')).toThrow(message);
  });
});
