// importDocx in Debian's Chromium, built by Vite as the app is: mammoth's browser build (through
// its package "browser" field) loads only when a .docx is read, not at start-up, and the result
// is the one Node gives — for a Vanban file edited in Word as well.
import { join } from 'node:path';
import { Document as DocxDocument, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { openTestPage, type TestPage } from '../support/testPage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { importDocx } from '../../src/import';
import { renderDocx } from '../../src/render/docx';
import { makeDoc } from '../fixtures/docs';

async function foreignDocx(): Promise<Uint8Array> {
  const p = (t: string): Paragraph => new Paragraph({ text: t });
  const cell = (...l: string[]): TableCell => new TableCell({ children: l.map(p) });
  const doc = new DocxDocument({
    sections: [
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell('UBND TỈNH KIÊN GIANG', 'VĂN PHÒNG', 'Số: 134/TB-VP'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kiên Giang, ngày 13 tháng 02 năm 2019')] })] }),
          p('THÔNG BÁO'),
          p('Ý kiến kết luận của Phó Chủ tịch UBND tỉnh'),
          p('1. Về công nghệ thông tin'),
          p('Nội dung thông báo./.'),
          new Table({ rows: [new TableRow({ children: [cell('Nơi nhận:', '- Như trên;', '- Lưu: VT, TH.'), cell('KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Huỳnh Vĩnh Lạc')] })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('importDocx in the browser', () => {
  const root = join(import.meta.dirname, 'browser');
  let opened: TestPage | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    opened = await openTestPage(root, 'vanban-import-web-');
    ({ browser, origin } = opened);
  });

  afterAll(async () => {
    await opened?.close();
  });

  const run = (page: Page, bytes: Uint8Array) =>
    page.evaluate((b64) => (window as unknown as { importBase64: (s: string) => Promise<Record<string, unknown>> }).importBase64(b64), base64(bytes));

  it('reads a Vanban file (edited or not) and a Word file as Node does, loading mammoth then, and refuses a PDF', async () => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const atStart = scripts.length;

    // Our own file: its text read (mammoth and the DOCX renderer arrive now), the embedded Document back.
    const own = makeDoc();
    const bytes = await renderDocx(compose(own), own);
    const mine = await run(page, bytes);
    expect(mine).toMatchObject({ ok: true, result: { document: own, changes: [] } });
    expect(scripts.length).toBeGreaterThan(atStart);
    // Edited in Word after export: the edit, as in Node.
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).toContain(own.signature.name);
    files['word/document.xml'] = strToU8(xml.replace(own.signature.name, 'Trần Thị Bình'));
    const edited = zipSync(files);
    const editedInNode = await importDocx(edited);
    expect(editedInNode.document.signature.name).toBe('Trần Thị Bình');
    expect(await run(page, edited)).toEqual({ ok: true, result: JSON.parse(JSON.stringify(editedInNode)) });

    // A foreign file: mammoth arrives now, and reads as in Node.
    const foreign = await foreignDocx();
    const inBrowser = await run(page, foreign);
    const inNode = await importDocx(foreign, { today: '2024-05-06' });
    expect(inBrowser).toEqual({ ok: true, result: JSON.parse(JSON.stringify(inNode)) });
    expect(inNode.document.signature).toEqual({ authority: 'ky-thay', on: 'CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Huỳnh Vĩnh Lạc' });

    const pdf = await run(page, new TextEncoder().encode('%PDF-1.7\n%%EOF'));
    expect(pdf).toEqual({ ok: false, name: 'ImportError', message: 'import.notDocx', isImportError: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
