// The browser PDF path in Debian's Chromium, built by Vite as the app is: pdfmake and the fonts load
// only when the first PDF is made, everything comes from the page's own origin, and the PDF says
// the same as the Node one.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { pdfFonts, pdfText, PdfDir } from './poppler';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('PDF in the browser', () => {
  const root = join(import.meta.dirname, 'browser');
  const out = mkdtempSync(join(tmpdir(), 'vanban-pdf-web-'));
  const dir = new PdfDir();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    await build({ root, configFile: false, logLevel: 'error', build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 } });
    server = await preview({ root, configFile: false, logLevel: 'error', preview: { port: 4380, host: '127.0.0.1' }, build: { outDir: out } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview has no URL');
    origin = new URL(url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
    rmSync(out, { recursive: true, force: true });
    dir.remove();
  });

  it('loads pdfmake and Tinos on the first PDF only, from its own origin, and writes the same text as Node', async () => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const atStart = [...requests];
    expect(atStart.some((u) => /pdfmake|\.ttf/i.test(u))).toBe(false);

    const make = (party: boolean) => page.evaluate((p) => (window as unknown as { makePdf: (p: boolean) => Promise<{ type: string; base64: string }> }).makePdf(p), party);
    const state = await make(false);
    const fonts = requests.filter((u) => u.endsWith('.ttf'));
    expect(fonts).toHaveLength(4);
    expect(fonts.map((u) => /Tinos_(\w+?)-[\w-]+\.ttf$/.exec(u)?.[1]).sort()).toEqual(['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic']);
    const party = await make(true);
    // The fonts are fetched once, and nothing ever leaves the page's origin.
    expect(requests.filter((u) => u.endsWith('.ttf'))).toHaveLength(4);
    for (const u of requests) expect(new URL(u).origin).toBe(origin);

    expect(state.type).toBe('application/pdf');
    const files = { state: join(dir.path, 'browser-state.pdf'), party: join(dir.path, 'browser-party.pdf') };
    writeFileSync(files.state, Buffer.from(state.base64, 'base64'));
    writeFileSync(files.party, Buffer.from(party.base64, 'base64'));
    expect(pdfText(files.state)).toBe(pdfText(await dir.render(compose(makeDoc()))));
    expect(pdfText(files.party)).toBe(pdfText(await dir.render(compose(makePartyDoc()))));
    for (const f of pdfFonts(files.state)) {
      expect(f.name).toMatch(/\+Tinos-/);
      expect(f.embedded).toBe(true);
    }
    await page.close();
  });
});
