import { describe, expect, test } from 'vitest';
import { checkSections } from './sections.ts';

const section = (id: string) => ({ id, title: `The ${id}`, summary: `What ${id} covers.` });

describe('checkSections()', () => {
  test('keeps the sections in the order listed', () => {
    expect(checkSections([section('before'), section('after')], 'x.json').map((s) => s.id)).toEqual(['before', 'after']);
  });

  test.each([
    [{}, 'x.json: should be a list of sections'],
    [[], 'x.json: should be a list of sections'],
    [[{ ...section('a'), colour: 'red' }], 'x.json: section 1: unknown field "colour"'],
    [[section('a'), { id: 'b', title: '', summary: 's' }], 'x.json: section 2: "title" should be a non-empty string'],
    [[section('The Rising')], 'x.json: section 1: id "The Rising" should be lower-case words joined by hyphens'],
    [[section('glossary')], 'x.json: section 1: id "glossary" is already an address of the site'],
    [[section('a'), section('a')], 'x.json: section 2: id "a" is listed twice'],
  ])('refuses %j, naming the file and the value', (value, message) => {
    expect(() => checkSections(value, 'x.json')).toThrow(message);
  });
});
