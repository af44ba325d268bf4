/**
 * The house style for names (content/house-style.md), checked: a list of
 * forms that are not the house form (content/house-style.json), found in the
 * text a reader sees and reported with the file, the line and the house form.
 * Quotations keep their own spelling, and a place's modern name may follow
 * its 1917 form in brackets ("Kiev (Kyiv)"). Pure; check-book.ts runs it.
 */
import { joinBlock, withoutQuotations, type FrontmatterLine, type TextPiece } from './mdx-tree.ts';

export const HOUSE_STYLE_FILE = 'content/house-style.json';

export interface NameRule {
  /** The form the site writes: "Alexander", "Kiev", "roubles". */
  house: string;
  /** Forms it replaces in prose: ["Aleksandr"]; they stay searchable as aliases. */
  not: string[];
  /** A place whose modern name may follow in brackets: "Kiev (Kyiv)". */
  gloss?: boolean;
}

/** The rules file checked: `{ "rules": [{ "house", "not", "gloss"? }] }`; throws naming the file and the rule. */
export function checkNameRules(value: unknown, file = HOUSE_STYLE_FILE): NameRule[] {
  const rules = typeof value === 'object' && value !== null && 'rules' in value ? value.rules : undefined;
  if (!Array.isArray(rules)) throw new Error(`${file}: should be { "rules": [ { "house": "…", "not": ["…"] } ] }`);
  return rules.map((rule: unknown, i) => {
    const r = (typeof rule === 'object' && rule !== null ? rule : {}) as Record<string, unknown>;
    const where = `${file}: rule ${i + 1}`;
    if (typeof r['house'] !== 'string' || !r['house'].trim()) throw new Error(`${where}: "house" should be the house form, a non-empty string`);
    const not = r['not'];
    if (!Array.isArray(not) || !not.length || not.some((n) => typeof n !== 'string' || !n.trim())) {
      throw new Error(`${where} (${r['house']}): "not" should list the forms it replaces`);
    }
    const unknown = Object.keys(r).filter((k) => !['house', 'not', 'gloss', 'why'].includes(k));
    if (unknown.length) throw new Error(`${where} (${r['house']}): unknown field "${unknown[0]}" (fields: house, not, gloss, why)`);
    return { house: r['house'], not: not as string[], ...(r['gloss'] === true && { gloss: true }) };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Frontmatter fields whose words are not prose: other spellings (`aliases`), and a work's title and author as published. */
const EXEMPT_FIELDS = new Set(['aliases', 'title', 'author', 'russian', 'stressed', 'respelling']);

export interface NameSlip {
  /** The form found. */
  found: string;
  house: string;
  line: number;
}

/** Every non-house form in the body's blocks and the frontmatter's prose fields, with its line. */
export function nameSlips(blocks: readonly TextPiece[][], frontmatter: readonly FrontmatterLine[], rules: readonly NameRule[], exempt: ReadonlySet<string> = EXEMPT_FIELDS): NameSlip[] {
  const checked = [...frontmatter.filter((line) => !exempt.has(line.field)).map((line) => [line]), ...blocks];
  return checked.flatMap((block) => {
    const { text, lineAt } = joinBlock(block);
    let seen = withoutQuotations(text);
    return rules.flatMap((rule) => {
      if (rule.gloss) for (const form of rule.not) seen = seen.replaceAll(`${rule.house} (${form})`, (gloss) => rule.house + blank(gloss.slice(rule.house.length)));
      return rule.not.flatMap((form) =>
        [...seen.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu'))].map((match) => ({ found: form, house: rule.house, line: lineAt(match.index) })),
      );
    });
  });
}

/** The message for a non-house form at `where` (`file:line`, or `file: question 2`). */
export const nameSlipProblem = (where: string, slip: Pick<NameSlip, 'found' | 'house'>) =>
  `${where}: "${slip.found}" is not the house form: write "${slip.house}" (content/house-style.md; other spellings belong in an entry's aliases)`;
