import { describe, expect, test } from 'vitest';
import { joinBlock, readMdx, visibleWords } from './mdx-tree.ts';

describe('readMdx() usages', () => {
  test('reads string attributes with their line numbers', () => {
    const source = '---\ntitle: x\n---\n\nOn <DualDate os="1917-10-25" />, the\nsee <ChapterLink to=\'insurrection/onset\'>here</ChapterLink>.';
    expect(readMdx(source).usages).toEqual([
      { name: 'DualDate', line: 5, attributes: { os: { kind: 'string', value: '1917-10-25' } } },
      { name: 'ChapterLink', line: 6, attributes: { to: { kind: 'string', value: 'insurrection/onset' } } },
    ]);
  });

  test('reads string literals in braces as strings, and other expressions as expressions', () => {
    const [usage] = readMdx('<DualDate ns={"1917-05-01"} end="1917-05-04" os={date} hidden />').usages;
    expect(usage?.attributes).toEqual({
      ns: { kind: 'string', value: '1917-05-01' },
      end: { kind: 'string', value: '1917-05-04' },
      os: { kind: 'expression', source: 'date' },
      hidden: { kind: 'boolean' },
    });
  });

  test('reads attributes spread over several lines, at the line of the tag', () => {
    const [usage] = readMdx('Text.\n\n<DualDate\n  os="1917-10-25"\n  end="1917-10-26"\n/>').usages;
    expect(usage?.line).toBe(3);
    expect(Object.keys(usage?.attributes ?? {})).toEqual(['os', 'end']);
  });

  test('sees no tags in code, inline code or comments, as the MDX compiler does', () => {
    const source = '```mdx\n<DualDate os="1917-02-30" />\n```\nUse `<DualDate os="x" />` like this.\n\n{/* <DualDate os="1917-02-30" /> */}';
    expect(readMdx(source).usages).toEqual([]);
  });

  test('finds nested components, in document order', () => {
    const names = readMdx('<Aside>\n\nThe <Term id="soviet">Soviet</Term> met on <DualDate os="1917-10-25" />.\n\n</Aside>').usages.map((u) => u.name);
    expect(names).toEqual(['Aside', 'Term', 'DualDate']);
  });

  test('throws with the line and column of a tag the compiler cannot read', () => {
    expect(() => readMdx('\n\n<DualDate os="1917-10-25 />')).toThrow(/^3:\d+: /);
  });
});

describe('readMdx() text', () => {
  test('gives each block the text a reader sees, with its lines', () => {
    const { blocks } = readMdx('---\ntitle: A\n---\n\n## The *telegraph*\n\nOn <DualDate os="1917-10-25" />, the <Term id="x">Red\nGuards</Term> `code` {1 + 1}.');
    expect(blocks.map((b) => joinBlock(b).text)).toEqual(['The telegraph', 'On , the Red\nGuards  .']);
    const { lineAt, text } = joinBlock(blocks[1] ?? []);
    expect(lineAt(text.indexOf('Guards'))).toBe(8);
  });

  test('lists the visible words, without code', () => {
    const words = visibleWords(readMdx('The Soviet `Code` met.'));
    expect([...words]).toEqual(['the', 'soviet', 'met']);
  });
});

describe('readMdx() frontmatter', () => {
  test('gives each line with its field and its line in the file', () => {
    const { frontmatter } = readMdx('---\nname: Tsentrobalt\naliases:\n  - Centrobalt\ndefinition: A body.\n---\n\nText.');
    expect(frontmatter).toEqual([
      { field: 'name', text: 'name: Tsentrobalt', line: 2 },
      { field: 'aliases', text: 'aliases:', line: 3 },
      { field: 'aliases', text: '  - Centrobalt', line: 4 },
      { field: 'definition', text: 'definition: A body.', line: 5 },
    ]);
  });
});
