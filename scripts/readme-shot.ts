// Refreshes docs/screenshot-app.png: the app as a newcomer first sees it (the sample opened in
// the editor), at 1366×768. `npx tsx scripts/readme-shot.ts`
import { join } from 'node:path';
import { buildToTemp, launchChromium, ROOT, serveBuilt } from './harness/browser';

const outDir = await buildToTemp('vanban-readme-');
const served = await serveBuilt(outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(served.url);
  await page.locator('[data-testid="preview"] [data-role="summary"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(ROOT, 'docs/screenshot-app.png') });
} finally {
  await browser.close();
  await served.close();
}
