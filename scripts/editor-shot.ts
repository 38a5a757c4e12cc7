// Refreshes docs/screenshot-editor-1366.png and docs/screenshot-editor-1920.png: the editor on the
// sample draft with the find bar open on a query, the signer's field being edited (outlined in the
// preview). `npx tsx scripts/editor-shot.ts [outDir]` — outDir defaults to docs/.
import { join, resolve } from 'node:path';
import { buildToTemp, launchChromium, ROOT, serveBuilt } from './harness/browser';

const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs'));
const built = await buildToTemp('vanban-editor-shot-');
const served = await serveBuilt(built);
const browser = await launchChromium();
try {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(served.url);
    await page.locator('[data-testid="preview"] [data-role="summary"]').first().waitFor({ timeout: 30_000 });
    // The signer's name picked in the preview: its field gets the cursor, its line the outline.
    const signer = page.locator('[data-testid="preview"] [data-source="signature.name"]').first();
    await signer.scrollIntoViewIfNeeded();
    await signer.click();
    // The form scrolls smoothly to the field.
    await page.waitForTimeout(1000);
    await page.keyboard.press('Control+H');
    await page.locator('#find-query').fill('tỉnh ủy');
    await page.locator('#find-replacement').fill('Tỉnh ủy');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, `screenshot-editor-${width}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
