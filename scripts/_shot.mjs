import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium, CHROMIUM_ARGS } from './browser.mjs';
const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', '/tmp/dist-dev', '--port', '4612'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => child.stdout.once('data', ok));
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
for (const [url, out, media] of JSON.parse(process.argv[2])) {
  await page.emulateMedia({ media: media ?? 'screen' });
  await page.goto(url.startsWith('file:') ? url : 'http://localhost:4612' + url);
  if (process.argv[3]) await page.evaluate(process.argv[3]);
  await page.screenshot({ path: out, fullPage: false });
}
await browser.close(); child.kill();
