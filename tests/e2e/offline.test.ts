// Offline, in real Chromium against the built app: after one visit the service worker holds the
// whole app (every chunk, the lazily loaded docx, pdfmake and import ones included, and the Tinos
// fonts). With the network cut, the page reloads, a template opens and both DOCX and PDF are made.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appDir, appUrl, docxText, download, norm, openSession, pdfText, shot, waitSaved, type Session } from './browser';

const SUMMARY = 'về làm việc khi mất kết nối mạng';

let session: Session;
let baseUrl: string;

/** Every file of the build, as paths relative to its root ("assets/pdfmake-….js"). */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

beforeAll(async () => {
  baseUrl = appUrl();
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.cspViolations.splice(0)).toEqual([]);
});

describe('the app without a network', () => {
  it('is held whole by the service worker after the first visit', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.locator('[name="issuer.name"]').waitFor();
    // Installed (the precache is complete once the worker is active) and in control of this page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const paths = new Set(cached.map((p) => p.replace(/^\//, '')));
    // The worker itself and its runtime are not precached: the browser keeps them.
    const expected = builtFiles(appDir()).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect(expected.filter((f) => !paths.has(f))).toEqual([]);
    // What the first screen does not load and a download needs.
    expect([...paths].some((p) => /^assets\/pdfmake-[\w-]+\.js$/.test(p))).toBe(true);
    expect([...paths].some((p) => /^assets\/docx-[\w-]+\.js$/.test(p))).toBe(true);
    expect([...paths].filter((p) => p.endsWith('.ttf'))).toHaveLength(4);
    expect(paths.has('fonts/Tinos-OFL.txt')).toBe(true);
    expect(paths.has('index.html')).toBe(true);
  });

  it('reloads with the network cut and makes a DOCX and a PDF from a template', async () => {
    const { page, context } = session;
    await context.setOffline(true);
    // The network really is gone: what the worker does not hold cannot be fetched.
    const probe = await page.evaluate(() =>
      fetch(`/not-in-the-precache-${Date.now()}.txt`).then(
        (r) => `status ${r.status}`,
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    const fromNetwork: string[] = [];
    let fromWorker = 0;
    const onResponse = (r: Response) => {
      const url = r.url();
      if (url.startsWith('blob:') || url.startsWith('data:')) return;
      if (r.fromServiceWorker()) fromWorker++;
      else fromNetwork.push(url);
    };
    page.on('response', onResponse);
    try {
      await page.reload();
      await page.locator('[name="issuer.name"]').waitFor();
      await shot(session, 'offline-editor.png');

      await page.goto(`${baseUrl}#/start`);
      const card = page.locator('[data-template-source="builtin"][data-template-kind="thong-bao-ket-luan"][data-template-family="state"] .template-use');
      await card.click();
      await page.locator('[name="title.summary"]').waitFor();
      await page.locator('[name="title.summary"]').fill(SUMMARY);
      await waitSaved(page);
      await expect.poll(async () => norm((await page.locator('[data-testid="preview"]').textContent()) ?? '')).toContain(norm(SUMMARY));
      await shot(session, 'offline-template.png');

      const docx = await download(session, 'download-docx', 'offline.docx');
      expect(docx.suggested).toMatch(/\.docx$/);
      const docxBytes = readFileSync(docx.file);
      expect(norm(docxText(docxBytes))).toContain(norm(SUMMARY));

      const pdf = await download(session, 'download-pdf', 'offline.pdf');
      expect(pdf.suggested).toMatch(/\.pdf$/);
      expect(readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(norm(pdfText(pdf.file))).toContain(norm(SUMMARY));
      await shot(session, 'offline-downloaded.png');
    } finally {
      page.off('response', onResponse);
      await context.setOffline(false);
    }
    // Everything came out of the worker's cache: the page, its scripts, pdfmake and the fonts.
    expect(fromNetwork).toEqual([]);
    expect(fromWorker).toBeGreaterThan(4);
  });
});
