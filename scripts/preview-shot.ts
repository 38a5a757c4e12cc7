// Look at the live preview in real Chromium and time its update: serves a page that renders
// <Preview> for the test fixtures through Vite (nothing written to disk but the PNGs), screenshots
// it with playwright-core, and types into a ~30-page document to read performance 'preview:update'.
//   npx tsx scripts/preview-shot.ts [outDir=/tmp/preview-shots] [--scale=0.65] [--dev]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Plugin } from 'vite';
import { build, createServer } from 'vite';

const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/preview-shots');
const scaleArg = args.find((a) => a.startsWith('--scale='));
const fitScale = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 0.65;
const dev = args.includes('--dev');
const root = resolve(import.meta.dirname, '..');

// Runs in the page. A long document: 30 pages of headed, justified paragraphs and a table.
const ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Preview } from '/src/render/html/Preview.tsx';
import { compose } from '/src/compose/index.ts';
import { makeDoc, makePartyDoc } from '/tests/fixtures/docs.ts';

const SENTENCE = 'Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tiếp tục triển khai đồng bộ các giải pháp ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, bảo đảm an toàn thông tin mạng';
function longBody(pages, edit) {
  const body = [];
  for (let i = 0; i < pages * 4; i++) {
    if (i % 6 === 0) body.push({ type: 'heading', level: 1, title: 'Nhiệm vụ trọng tâm số ' + (i / 6 + 1) });
    if (i % 3 === 1) body.push({ type: 'heading', level: 2, title: 'Về hạ tầng:', text: 'Hoàn thiện mạng diện rộng.' });
    const n = 1 + (i % 4);
    let text = Array.from({ length: n }, () => SENTENCE).join('; ') + '.';
    if (i === pages * 2) text += edit;
    body.push({ type: 'paragraph', text });
    if (i === 20) body.push({ type: 'table', header: ['STT', 'Chỉ tiêu', 'Kết quả'], widths: [1, 5, 2], rows: Array.from({ length: 40 }, (_, r) => [String(r + 1), 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ ' + r, (50 + r) + '%']) });
  }
  return body;
}
const docs = {
  state: () => makeDoc({ marks: { urgency: 'KHẨN' } }),
  party: () => makePartyDoc(),
  long: (edit = '') => makeDoc({ body: longBody(34, edit), appendices: [{ title: 'DANH MỤC CÁC NHIỆM VỤ', body: longBody(2, '') }] }),
};
let root = createRoot(document.getElementById('root'));
window.__show = (name, scale) => {
  flushSync(() => root.render(createElement(Preview, { layout: compose(docs[name]()), scale: scale ?? undefined })));
  return document.querySelectorAll('.vb-page').length;
};
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.__bench = async (keys) => {
  performance.clearMeasures();
  // A fresh Preview: the first render measures every block.
  root.unmount();
  root = createRoot(document.getElementById('root'));
  window.__show('long', ${fitScale});
  await frame();
  const first = performance.getEntriesByName('preview:update').at(-1)?.duration;
  const total = [];
  let edit = '';
  for (let k = 0; k < keys; k++) {
    edit += k % 5 === 4 ? ' ' : 'x';
    const t0 = performance.now();
    const layout = compose(docs.long(edit));
    const t1 = performance.now();
    flushSync(() => root.render(createElement(Preview, { layout, scale: ${fitScale} })));
    document.body.offsetHeight; // style and layout of the new pages, as before the next paint
    const t2 = performance.now();
    total.push({ compose: t1 - t0, preview: t2 - t1 });
    await frame();
  }
  const updates = performance.getEntriesByName('preview:update').map((e) => e.duration).slice(-keys);
  return { pages: document.querySelectorAll('.vb-page').length, first, updates, total };
};
`;

const htmlPage = (head: string, script: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>html,body{margin:0}#root{height:100vh}</style>${head}</head>
<body><div id="root"></div><script type="module" src="${script}"></script></body></html>`;

const harness: Plugin = {
  name: 'preview-shot',
  resolveId: (id) => (id === 'virtual:preview-shot' ? '\0virtual:preview-shot' : undefined),
  load: (id) => (id === '\0virtual:preview-shot' ? ENTRY : undefined),
  configureServer(server) {
    server.middlewares.use('/__preview-shot', (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(htmlPage('', '/@id/virtual:preview-shot'));
    });
  },
};

interface Served {
  url: string;
  close: () => Promise<void>;
}

/** --dev: Vite's dev server (React development build). Otherwise a production build in a temp dir. */
async function serve(): Promise<Served> {
  if (dev) {
    const server = await createServer({
      root,
      configFile: false,
      // Its own dependency cache, away from the app's.
      cacheDir: join(tmpdir(), 'vanban-preview-shot-vite'),
      plugins: [harness],
      logLevel: 'warn',
      server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { url: `http://127.0.0.1:${port}/__preview-shot`, close: () => server.close() };
  }
  const out = mkdtempSync(join(tmpdir(), 'vanban-preview-shot-'));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [harness],
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { shot: 'virtual:preview-shot' }, output: { entryFileNames: 'shot.js', assetFileNames: '[name][extname]' } },
    },
  });
  const css = readdirSync(out).filter((f) => f.endsWith('.css'));
  const html = htmlPage(css.map((f) => `<link rel="stylesheet" href="/${f}">`).join(''), '/shot.js');
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
  const server = createHttpServer((req, res) => {
    const name = basename(new URL(req.url ?? '/', 'http://x').pathname);
    if (!name || name === '__preview-shot') {
      res.setHeader('content-type', types['.html'] as string);
      res.end(html);
      return;
    }
    const file = join(out, name);
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', types[extname(name)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/__preview-shot`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error('console:', m.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => typeof (window as unknown as { __show?: unknown }).__show === 'function', undefined, { timeout: 120_000 });
    const show = (name: string, scale: number | null) =>
      page.evaluate(([n, s]) => (window as unknown as { __show: (n: string, s: number | null) => number }).__show(n as string, s as number | null), [name, scale] as const);

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

    const bench = await page.evaluate(() => (window as unknown as { __bench: (k: number) => Promise<unknown> }).__bench(40));
    const b = bench as { pages: number; first: number; updates: number[]; total: { compose: number; preview: number }[] };
    const stats = (xs: number[]) => {
      const s = [...xs].sort((x, y) => x - y);
      const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
      return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms`;
    };
    console.log(`bench (${dev ? 'React development' : 'React production'} build), ${b.pages} pages, scale ${fitScale}:`);
    console.log(`  first render (measure all): ${b.first?.toFixed(1)} ms`);
    console.log(`  keystroke, performance 'preview:update' (render → pages committed): ${stats(b.updates)}`);
    console.log(`  keystroke, Preview render + browser style/layout: ${stats(b.total.map((t) => t.preview))}`);
    console.log(`  keystroke, compose(): ${stats(b.total.map((t) => t.compose))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
