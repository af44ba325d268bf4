import { describe, expect, test } from 'vitest';
import { findComponentUsages } from './mdx-usages';

describe('findComponentUsages()', () => {
  test('reads string attributes with their line numbers', () => {
    const source = '---\ntitle: x\n---\n\nOn <DualDate os="1917-10-25" />, the\nsee <ChapterLink to=\'insurrection/onset\'>here</ChapterLink>.';
    expect(findComponentUsages(source, ['DualDate', 'ChapterLink'])).toEqual([
      { name: 'DualDate', line: 5, attributes: { os: { kind: 'string', value: '1917-10-25' } } },
      { name: 'ChapterLink', line: 6, attributes: { to: { kind: 'string', value: 'insurrection/onset' } } },
    ]);
  });

  test('reads ranges and string literals in braces', () => {
    const [usage] = findComponentUsages('<DualDate ns={"1917-05-01"} end="1917-05-04"/>', ['DualDate']);
    expect(usage?.attributes).toEqual({
      ns: { kind: 'string', value: '1917-05-01' },
      end: { kind: 'string', value: '1917-05-04' },
    });
  });

  test('marks expressions, which cannot be checked before rendering', () => {
    const [usage] = findComponentUsages('<DualDate os={date} />', ['DualDate']);
    expect(usage?.attributes['os']).toEqual({ kind: 'expression', source: 'date' });
  });

  test('reads attributes spread over several lines', () => {
    const [usage] = findComponentUsages('<DualDate\n  os="1917-10-25"\n  end="1917-10-26"\n/>', ['DualDate']);
    expect(usage?.line).toBe(1);
    expect(Object.keys(usage?.attributes ?? {})).toEqual(['os', 'end']);
  });

  test('skips code blocks and inline code', () => {
    const source = '```mdx\n<DualDate os="1917-02-30" />\n```\nUse `<DualDate os="x" />` like this.';
    expect(findComponentUsages(source, ['DualDate'])).toEqual([]);
  });

  test('does not match components whose names only start the same', () => {
    expect(findComponentUsages('<DualDateRange os="x" />', ['DualDate'])).toEqual([]);
  });

  test('names the line of a tag it cannot read', () => {
    expect(() => findComponentUsages('\n\n<DualDate os="1917-10-25 />', ['DualDate'])).toThrow(/line 3: <DualDate>: unclosed quote/);
  });
});
