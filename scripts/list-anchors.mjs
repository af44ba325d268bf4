// Lists every chapter's heading anchors as "section/chapter#anchor  Heading",
// the form a self-check's "see" field and <ChapterLink to> take.
// Usage: node scripts/list-anchors.mjs [section]
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

const sections = ['background', 'insurrection', 'outcome', 'historiography'];
const only = process.argv[2];
for (const section of sections.filter((s) => !only || s === only)) {
  for (const file of readdirSync(`content/${section}`).filter((f) => /^[^_].*\.mdx$/.test(f)).sort()) {
    const chapter = file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
    const slugger = new GithubSlugger();
    for (const line of readFileSync(`content/${section}/${file}`, 'utf8').split('\n')) {
      const m = /^(#{2,3})\s+(.+)$/.exec(line);
      if (m) console.log(`${section}/${chapter}#${slugger.slug(m[2])}\t${m[2]}`);
    }
  }
}
