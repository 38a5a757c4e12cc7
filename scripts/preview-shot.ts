// Look at the live preview in real Chromium and time its update: builds the page under
// scripts/preview-shot-page/ (<Preview> of the test fixtures; nothing written to disk but the PNGs
// and a temp build), screenshots it with playwright-core, and types into a ~30-page document to
// read performance 'preview:update'.
//   npx tsx scripts/preview-shot.ts [outDir=/tmp/preview-shots] [--scale=0.65] [--dev]
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { APP_CONFIG, buildToTemp, launchChromium, ROOT, serveBuilt, type Served } from './harness/browser';
import type { KeystrokeResult } from './harness/preview-keystrokes';

const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/preview-shots');
const scaleArg = args.find((a) => a.startsWith('--scale='));
const fitScale = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 0.65;
const dev = args.includes('--dev');
const PAGE = 'scripts/preview-shot-page/index.html';

/** --dev: Vite's dev server (React development build). Otherwise a production build in a temp dir. */
async function serve(): Promise<Served> {
  if (dev) {
    const server = await createServer({
      root: ROOT,
      configFile: APP_CONFIG,
      // Its own dependency cache, away from the app's.
      cacheDir: join(tmpdir(), 'vanban-preview-shot-vite'),
      logLevel: 'warn',
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
  }
  return serveBuilt(await buildToTemp('vanban-preview-shot-', { input: { shot: PAGE } }));
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await serve();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error('console:', m.text());
    });
    await page.goto(`${server.url}${PAGE}`);
    await page.waitForFunction(() => typeof window.__show === 'function', undefined, { timeout: 120_000 });
    const show = (name: string, scale: number | null) =>
      page.evaluate(([n, s]) => window.__show(n, s), [name, scale] as const);

    // True size, page 1 of each fixture; then the page at the app's scale.
    await page.setViewportSize({ width: 860, height: 1180 });
    for (const name of ['state', 'party']) {
      const pages = await show(name, 1);
      await page.locator('.vb-page-frame').first().screenshot({ path: join(outDir, `${name}-p1.png`) });
      console.log(`${name}: ${pages} page(s) → ${join(outDir, `${name}-p1.png`)}`);
    }
    const longPages = await show('long', 1);
    // Pages 2–5 (page number, split paragraphs, the table and its repeated header), the page with
    // the closing table, and the last page (an appendix, numbered again).
    const closing = await page.evaluate(() => {
      const frames = [...document.querySelectorAll('.vb-page-frame')];
      return frames.findIndex((f) => f.querySelector('[data-role="closing-table"]'));
    });
    const shots = [...new Set([1, 2, 3, 4, closing, longPages - 1])].filter((n) => n >= 0 && n < longPages);
    for (const n of shots) await page.locator('.vb-page-frame').nth(n).screenshot({ path: join(outDir, `long-p${n + 1}.png`) });
    console.log(`long: ${longPages} pages → ${shots.map((n) => `long-p${n + 1}.png`).join(', ')}`);

    await page.setViewportSize({ width: 1366, height: 768 });
    // As in the app: the preview in a pane beside the form, fitted to its width.
    await page.evaluate(() => document.getElementById('root')?.setAttribute('style', 'height:100vh;width:560px;margin-left:auto'));
    await show('long', null);
    await page.evaluate(() => document.querySelector('.vb-preview')?.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, 'long-fit.png') });
    const fitted = await page.evaluate(() => (document.querySelector('.vb-page') as HTMLElement | null)?.style.transform);
    console.log(`fit to a 560 px pane (${fitted}) → ${join(outDir, 'long-fit.png')}`);

    const b: KeystrokeResult = await page.evaluate((s) => window.__bench(40, s), fitScale);
    const stats = (xs: number[]) => {
      const s = [...xs].sort((x, y) => x - y);
      const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
      return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms`;
    };
    console.log(`bench (${dev ? 'React development' : 'React production'} build), ${b.pages} pages, scale ${fitScale}:`);
    console.log(`  first render (measure all): ${b.first?.toFixed(1) ?? '?'} ms`);
    console.log(`  keystroke, performance 'preview:update' (render → pages committed): ${stats(b.updates)}`);
    console.log(`  keystroke, Preview render + browser style/layout: ${stats(b.preview)}`);
    console.log(`  keystroke, compose(): ${stats(b.compose)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
