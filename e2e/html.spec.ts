import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, expect, test } from './fixtures.ts';

// Valid HTML on every built page (rules in .htmlvalidate.json). It reads the
// files, so it runs once, for the root build; the subpath build differs only in URLs.
test('every built page is valid HTML', async ({ baseURL }) => {
  test.skip(new URL(baseURL ?? '/').pathname !== '/', 'checked once, at the root');
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  const pages = builtPages();
  for (const page of pages) {
    const file = join('dist', page.endsWith('.html') ? page : `${page}index.html`);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});
