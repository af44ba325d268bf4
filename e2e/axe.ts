/**
 * Axe (axe-core) run in the page as it stands, for WCAG 2.2 A and AA.
 *
 * axe-core is injected once and run with `axe.run`: the site has no frames, so
 * the per-frame machinery of @axe-core/playwright (which injects the 550 KB
 * script twice and finishes in a second, blank page) buys nothing and costs
 * a third of the time. Only violations are collected, the one result kind
 * asserted; the rules and findings are the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's WCAG 2.2 A/AA violations on the page, one line each, each starting with `label`. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    WCAG,
  );
  return violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}
