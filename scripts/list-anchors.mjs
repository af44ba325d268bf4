// @ts-check
// Lists every chapter's heading anchors as "section/chapter#anchor  Heading",
// the form a self-check's "see" field and <ChapterLink to> take. The slugs are
// made as Astro makes heading ids (github-slugger, one slugger per page).
// Usage: node scripts/list-anchors.mjs [section]
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { SECTION_IDS } from '../src/lib/sections.ts';

const only = process.argv[2];
if (only && !SECTION_IDS.includes(only)) {
  console.error(`There is no section "${only}" (sections: ${SECTION_IDS.join(', ')})`);
  process.exit(1);
}
for (const section of SECTION_IDS.filter((s) => !only || s === only)) {
  for (const file of readdirSync(`content/${section}`).filter((f) => /^[^_].*\.mdx$/.test(f)).sort()) {
    const chapter = file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
    const slugger = new GithubSlugger();
    for (const line of readFileSync(`content/${section}/${file}`, 'utf8').split('\n')) {
      const heading = /^#{2,3}\s+(.+)$/.exec(line)?.[1];
      if (heading) console.log(`${section}/${chapter}#${slugger.slug(heading)}\t${heading}`);
    }
  }
}
