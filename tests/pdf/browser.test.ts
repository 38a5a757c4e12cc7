// The browser PDF path in Debian's Chromium, built by Vite as the app is: pdfmake and the fonts load
// only when the first PDF is made, everything comes from the page's own origin, and the PDF says
// the same as the Node one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openTestPage, type TestPage } from '../support/testPage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { pdfFonts, pdfText, PdfDir } from './poppler';

describe('PDF in the browser', () => {
  const root = join(import.meta.dirname, 'browser');
  const dir = new PdfDir();
  let opened: TestPage | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    opened = await openTestPage(root, 'vanban-pdf-web-');
    ({ browser, origin } = opened);
  });

  afterAll(async () => {
    await opened?.close();
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
