/**
 * Reads an MDX source through its syntax tree, parsed by Sätteri, the same
 * parser Astro's MDX integration compiles with, so the checks see exactly
 * what renders: a tag inside a code block or a `{/* comment *\/}` is not a
 * tag, and a tag the compiler cannot read fails here with its line. It gives
 * the components a file uses, with their attributes and lines, and the text a
 * reader sees, block by block, for the hand-typed date check and for search.
 */
import { mdxToMdast } from 'satteri';

export type AttributeValue =
  | { kind: 'string'; value: string }
  | { kind: 'expression'; source: string }
  | { kind: 'boolean' };

export interface ComponentUsage {
  name: string;
  line: number;
  attributes: Record<string, AttributeValue>;
}

/** A run of text a reader sees, and the line of the file it starts on. */
export interface TextPiece {
  text: string;
  line: number;
}

/** A line of the frontmatter, and the field it belongs to (`title`, `aliases`…). */
export interface FrontmatterLine extends TextPiece {
  field: string;
}

export interface MdxReading {
  /** Every JSX element with a name, in document order. */
  usages: ComponentUsage[];
  /** The text of each block of the body (paragraph, heading, list item, table cell…) as a reader sees it, in pieces that keep their lines. */
  blocks: TextPiece[][];
  /** The frontmatter, line by line. */
  frontmatter: FrontmatterLine[];
}

/** A YAML frontmatter's lines, each with the top-level field it belongs to (continuation lines belong to the field above). */
export function frontmatterLines(yaml: string, firstLine: number): FrontmatterLine[] {
  let field = '';
  return yaml.split('\n').map((text, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key) field = key;
    return { field, text, line: firstLine + i };
  });
}

/** The few mdast fields this module reads; Sätteri's nodes have these shapes. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Nodes whose content a reader never sees as prose: code, imports, expressions. */
const HIDDEN = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

/** Block-level nodes; anything else is phrasing (text, emphasis, links, inline components). */
const BLOCKS = new Set([
  'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'html', 'definition', 'footnoteDefinition', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement',
]);

/** Blocks that hold phrasing directly, each one run of text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function attributeValue(attribute: Attribute): [string, AttributeValue] {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return ['{…}', { kind: 'expression', source: String(attribute.value ?? '') }];
  }
  const name = attribute.name ?? '';
  const value = attribute.value;
  if (value === null || value === undefined) return [name, { kind: 'boolean' }];
  if (typeof value === 'string') return [name, { kind: 'string', value }];
  // `os={"1917-10-25"}` is a string written as an expression.
  const literal = /^\s*(["'])(.*)\1\s*$/s.exec(value.value);
  return [name, literal?.[2] !== undefined ? { kind: 'string', value: literal[2] } : { kind: 'expression', source: value.value.trim() }];
}

/** The syntax tree's view of an MDX file; throws `line:column: reason` on what the MDX compiler would refuse. */
export function readMdx(source: string): MdxReading {
  const tree = mdxToMdast(source) as unknown as Node;
  const usages: ComponentUsage[] = [];
  const blocks: TextPiece[][] = [];
  let frontmatter: FrontmatterLine[] = [];
  const lineOf = (node: Node) => node.position?.start.line ?? 1;

  const record = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      usages.push({ name: node.name, line: lineOf(node), attributes: Object.fromEntries((node.attributes ?? []).map(attributeValue)) });
    }
  };

  /** Phrasing content: its visible text goes into `pieces`, its components into `usages`. */
  const phrasing = (node: Node, pieces: TextPiece[]): void => {
    record(node);
    if (HIDDEN.has(node.type)) return;
    if (node.type === 'text') pieces.push({ text: String(node.value ?? ''), line: lineOf(node) });
    for (const child of node.children ?? []) phrasing(child, pieces);
  };

  /** The children of a container: each block on its own, and each run of phrasing between blocks as one block. */
  const container = (children: Node[]): void => {
    let run: TextPiece[] = [];
    const close = () => {
      if (run.length) blocks.push(run);
      run = [];
    };
    for (const child of children) {
      if (BLOCKS.has(child.type)) {
        close();
        block(child);
      } else {
        phrasing(child, run);
      }
    }
    close();
  };

  const block = (node: Node): void => {
    record(node);
    if (node.type === 'yaml' || node.type === 'toml') {
      // The frontmatter's text (titles, summaries) is read too; its first line is the `---` fence.
      frontmatter = frontmatterLines(String(node.value ?? ''), lineOf(node) + 1);
    } else if (TEXT_BLOCKS.has(node.type)) {
      const pieces: TextPiece[] = [];
      for (const child of node.children ?? []) phrasing(child, pieces);
      if (pieces.length) blocks.push(pieces);
    } else if (!HIDDEN.has(node.type)) {
      container(node.children ?? []);
    }
  };
  container(tree.children ?? []);
  return { usages, blocks, frontmatter };
}

/** Quotations keep their own words (dates, spellings): blanked, keeping every offset in place. */
export const withoutQuotations = (text: string) => text.replace(/"[^"\n]*"|“[^”\n]*”/g, (q) => ' '.repeat(q.length));

/** All of a block's text as one string, and the line each character of it is on. */
export function joinBlock(block: TextPiece[]): { text: string; lineAt: (offset: number) => number } {
  const starts: { offset: number; line: number; text: string }[] = [];
  let text = '';
  for (const piece of block) {
    starts.push({ offset: text.length, line: piece.line, text: piece.text });
    text += piece.text;
  }
  const lineAt = (offset: number) => {
    const piece = starts.findLast((s) => s.offset <= offset) ?? starts[0];
    if (!piece) return 1;
    return piece.line + (piece.text.slice(0, offset - piece.offset).match(/\n/g)?.length ?? 0);
  };
  return { text, lineAt };
}

/** Every word a reader sees in the file, lower-cased. */
export function visibleWords(reading: MdxReading): Set<string> {
  const pieces = [...reading.blocks.flat(), ...reading.frontmatter];
  return new Set(pieces.flatMap((piece) => piece.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
}

/** Every piece of text a reader may see: each frontmatter line as a block of its own, then the body's blocks. */
export const allBlocks = (reading: MdxReading): TextPiece[][] => [...reading.frontmatter.map((line) => [line]), ...reading.blocks];
