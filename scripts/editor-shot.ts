// Refreshes docs/screenshot-editor-1366.png and docs/screenshot-editor-1920.png: the editor on the
// sample draft, a paragraph typed at the end of its body as in Word (Enter, Ctrl+B for bold, a
// "1. " heading), the find bar open on a query. `npx tsx scripts/editor-shot.ts [outDir]` —
// outDir defaults to docs/.
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
    // Typed at the end of the body: a heading from "1. ", then a paragraph with a bold phrase.
    const body = page.locator('[data-testid="rich-body"]');
    await body.locator('> p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Về tổ chức thực hiện');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Giao Sở Thông tin và Truyền thông ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('chủ trì, theo dõi');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' việc thực hiện và báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 31 tháng 12.');
    // The typed blocks in the middle of the form's view; the preview outlines the one being edited.
    await body.locator('> p').last().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(800);
    // The preview shows the same place: the typed paragraph, outlined as the one being edited.
    await page.locator('[data-testid="preview"] .is-editing').last().evaluate((el) => el.scrollIntoView({ block: 'center' }));
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
