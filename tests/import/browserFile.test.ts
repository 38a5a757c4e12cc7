// importFile in Debian's Chromium, built by Vite as the app is: a PDF is read by pdf.js with
// its worker, a chunk served from the page's own origin (no other origin is asked for
// anything), a .doc by cfb; both give what Node gives.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import';
import { openTestPage, type TestPage } from '../support/testPage';
import { convertSamples, type Converted } from './libreoffice';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('importFile in the browser', () => {
  let opened: TestPage | undefined;
  let browser: Browser | undefined;
  let origin = '';
  let pdf: Converted | undefined;
  let doc: Converted | undefined;

  beforeAll(async () => {
    [pdf] = await convertSamples('pdf');
    [doc] = await convertSamples('doc');
    opened = await openTestPage(join(import.meta.dirname, 'browserFile'), 'vanban-import-file-web-');
    ({ browser, origin } = opened);
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('reads a PDF (with the pdf.js worker from its own origin) and a .doc as Node does', async () => {
    if (!browser || !pdf || !doc) throw new Error('no browser or no files');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    for (const c of [pdf, doc]) {
      const today = c.document.date;
      const inBrowser = await page.evaluate(
        ([name, b64, day]) =>
          (window as unknown as { importFileBase64: (n: string, s: string, t: string) => Promise<unknown> }).importFileBase64(name, b64, day),
        [`${c.id}.x`, base64(c.bytes), today] as const,
      );
      const inNode = await importFile(`${c.id}.x`, c.bytes, { today });
      expect(inBrowser).toEqual({ ok: true, result: JSON.parse(JSON.stringify(inNode)) });
    }
    expect(requests.some((u) => /pdf\.worker/.test(u))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
