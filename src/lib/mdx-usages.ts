/**
 * Finds where an MDX source uses given components and with which attributes,
 * with line numbers, so the build can check every date and link before any
 * page renders and name the file and line of a bad one. It reads JSX tags
 * only (`<DualDate os="1917-10-25" />`); code blocks and inline code are
 * skipped, as MDX renders them as text.
 */

export type AttributeValue =
  | { kind: 'string'; value: string }
  | { kind: 'expression'; source: string }
  | { kind: 'boolean' };

export interface ComponentUsage {
  name: string;
  line: number;
  attributes: Record<string, AttributeValue>;
}

/** Blanks code so its text is never read as tags, keeping every newline in place. */
function blankCode(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

function readAttributes(text: string, from: number): { attributes: Record<string, AttributeValue>; end: number } {
  const attributes: Record<string, AttributeValue> = {};
  let i = from;
  const attr = /\s*([A-Za-z_][\w:-]*)(\s*=\s*)?/y;
  for (;;) {
    const close = /\s*\/?>/y;
    close.lastIndex = i;
    if (close.exec(text)) return { attributes, end: close.lastIndex };
    attr.lastIndex = i;
    const m = attr.exec(text);
    if (!m || m[1] === undefined) throw new Error(`cannot read the attributes of a tag near "${text.slice(from, from + 40)}"`);
    i = attr.lastIndex;
    const name = m[1];
    if (!m[2]) {
      attributes[name] = { kind: 'boolean' };
      continue;
    }
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const endQuote = text.indexOf(quote, i + 1);
      if (endQuote < 0) throw new Error(`unclosed quote in attribute ${name}`);
      attributes[name] = { kind: 'string', value: text.slice(i + 1, endQuote) };
      i = endQuote + 1;
    } else if (quote === '{') {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      const source = text.slice(i + 1, j).trim();
      const literal = /^(["'])(.*)\1$/s.exec(source);
      attributes[name] = literal?.[2] !== undefined
        ? { kind: 'string', value: literal[2] }
        : { kind: 'expression', source };
      i = j + 1;
    } else {
      throw new Error(`attribute ${name} has no value`);
    }
  }
}

export function findComponentUsages(source: string, names: readonly string[]): ComponentUsage[] {
  const text = blankCode(source);
  const usages: ComponentUsage[] = [];
  const tag = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
  for (const match of text.matchAll(tag)) {
    const start = match.index;
    const line = text.slice(0, start).split('\n').length;
    const name = match[1] ?? '';
    try {
      const { attributes } = readAttributes(text, start + match[0].length);
      usages.push({ name, line, attributes });
    } catch (error) {
      throw new Error(`line ${line}: <${name}>: ${(error as Error).message}`);
    }
  }
  return usages;
}
