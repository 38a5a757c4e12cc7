// End to end, in real Chromium: the body typed as in Word — Enter for a new paragraph,
// Shift+Enter for a line break, "1. " for a heading, Ctrl+B for bold — and Word's clipboard HTML
// pasted in; the DOCX downloaded has each paragraph separate and first-line indented, bold where
// it was typed, the line break a w:br and the pasted table a table (word/document.xml read back).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDocx, W, type DocxParts, type ParaInfo } from '../golden/docxReader';
import { wordClipboardHtml } from '../fixtures/clipboard';
import { seed } from '../fixtures/seeds';
import { appUrl, download, keep, norm, useSession, shot, waitSaved, type Session } from './browser';

let session: Session;
let page: Page;
useSession((s) => {
  session = s;
  page = s.page;
});

const SURFACE = '[data-testid="rich-body"]';

/** The body's blocks as the form holds them, read from the editor's own document on the page. */
const blockCount = () => page.locator(`${SURFACE} > *`).count();

describe('typing and pasting the body as in Word', () => {
  let before = 0;
  let parts: DocxParts;
  const para = (pred: (p: ParaInfo) => boolean): ParaInfo => {
    const p = parts.paragraphs.find(pred);
    if (!p) throw new Error('paragraph not found');
    return p;
  };

  it('types paragraphs, a line break, a heading from "1. " and bold', async () => {
    await page.goto(`${appUrl()}#/start`);
    await page.locator('[data-template-source="builtin"][data-template-kind="thong-bao-ket-luan"][data-template-family="state"] .template-use').click();
    await page.locator(SURFACE).waitFor();
    before = await blockCount();
    // The body is one tab stop: Tab from the toolbar's last button lands in the surface, and Tab
    // in a paragraph goes on out of it, the document unchanged.
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
    await page.locator('[data-testid="tool-indicators"]').focus();
    await page.keyboard.press('Tab');
    expect(await active()).toBe('rich-body');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Tab');
    expect(await active()).not.toBe('rich-body');
    expect(await blockCount()).toBe(before);
    await page.locator(SURFACE).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn gõ thứ nhất của phép thử.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Về công tác thử nghiệm');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn có ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('chữ đậm');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' và chữ thường;');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('dòng thứ hai sau ngắt dòng.');
    await page.keyboard.press('Enter');

    // New blocks: a paragraph, a heading (its label shown as it will print), a paragraph, and the empty one typed into next.
    await expect.poll(blockCount).toBe(before + 4);
    const heading = page.locator(`${SURFACE} > div.rb-heading`).last();
    expect(await heading.locator('.rb-title').textContent()).toBe('Về công tác thử nghiệm');
    expect(await heading.getAttribute('data-label')).toMatch(/^\d+\.$/u);
    expect(await page.locator(`${SURFACE} p strong`).last().textContent()).toBe('chữ đậm');
    expect(await page.locator(`${SURFACE} > p`).nth(-2).locator('br').count()).toBe(1);
  });

  it('pastes Word\'s clipboard HTML as paragraphs, headings, lists and a table', async () => {
    const html = wordClipboardHtml();
    await page.evaluate(
      ({ selector, html: h }) => {
        const el = document.querySelector(`${selector}`);
        const data = new DataTransfer();
        data.setData('text/html', h);
        data.setData('text/plain', 'Ngày 08 tháng 01 năm 2019 …');
        el?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { selector: SURFACE, html },
    );
    // The empty paragraph took the first pasted one; seven more blocks follow it.
    await expect.poll(blockCount).toBe(before + 4 + 7);
    await expect.poll(() => page.locator(`${SURFACE} .rb-atom-table table`).last().textContent()).toContain('Khảo sát hiện trạng');
    await expect.poll(async () => norm((await page.locator('[data-testid="preview"]').textContent()) ?? '')).toContain(norm('trục liên thông văn bản'));
    await page.locator(SURFACE).scrollIntoViewIfNeeded();
    await waitSaved(page);
    await shot(session, 'body-editor.png');
  });

  it('downloads a DOCX with each paragraph separate and indented, bold where typed, the table a table', async () => {
    const { file } = await download(session, 'download-docx', 'body.docx');
    keep(file, 'body-editor.docx');
    parts = readDocx(readFileSync(file));
    const body = (p: ParaInfo) => !p.inTable && p.align === 'both';

    const first = para((p) => p.text === 'Đoạn gõ thứ nhất của phép thử.');
    expect(body(first) && first.firstLine).toBe(567);

    const heading = para((p) => /^\d+\. Về công tác thử nghiệm$/u.test(p.text));
    expect(heading.runs.every((r) => r.bold)).toBe(true);

    const marked = para((p) => p.text.startsWith('Đoạn có chữ đậm'));
    expect(marked.firstLine).toBe(567);
    expect(marked.runs.map((r) => [r.text, r.bold])).toEqual([
      ['Đoạn có ', false],
      ['chữ đậm', true],
      [' và chữ thường;', false],
      ['dòng thứ hai sau ngắt dòng.', false],
    ]);
    // Shift+Enter: a line break inside the paragraph, not a new one.
    expect(marked.el.getElementsByTagNameNS(W, 'br')).toHaveLength(1);
    expect(parts.paragraphs.some((p) => p.text.startsWith('dòng thứ hai'))).toBe(false);

    // Pasted from Word: paragraphs stay paragraphs, first-line indented, bold kept, Word's styles gone.
    const pasted = para((p) => p.text.startsWith('Ngày 08 tháng 01 năm 2019, Sở Thông tin'));
    expect(pasted.firstLine).toBe(567);
    expect(pasted.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['Hội nghị tổng kết']);
    expect(pasted.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['nhiệm vụ năm 2019']);
    expect(pasted.runs.filter((r) => r.underline).map((r) => r.text)).toEqual(['đồng chí Phó Chủ tịch']);
    for (const r of pasted.runs) expect(r.sizeHalfPt).toBe(28);
    expect(para((p) => /^[IVX]+\. ĐÁNH GIÁ CHUNG$/u.test(p.text)).runs[0]?.bold).toBe(true);
    expect(para((p) => p.text === '- Hoàn thành trục liên thông văn bản').firstLine).toBe(567);
    expect(para((p) => p.text === '+ Ở cấp huyện').firstLine).toBe(567);
    const lineBroken = para((p) => p.text.startsWith('Dòng thứ nhất của đoạn;'));
    expect(lineBroken.el.getElementsByTagNameNS(W, 'br')).toHaveLength(1);

    const table = parts.tables.find((t) => t.textContent?.includes('Khảo sát hiện trạng'));
    expect(table).toBeDefined();
    const rows = Array.from(table!.getElementsByTagNameNS(W, 'tr')).map((tr) => Array.from(tr.getElementsByTagNameNS(W, 'tc')).map((tc) => tc.textContent));
    expect(rows).toEqual([
      ['Nhiệm vụ', 'Thời hạn', 'Kết quả'],
      ['Giai đoạn 1: Khảo sát hiện trạng', '15/10/2019', 'Đạt'],
      ['Giai đoạn 2: Triển khai phần mềm', '20/10/2019', 'Đạt'],
    ]);
  });

  it('offers to import a pasted whole document, and opens it as a new draft', async () => {
    const draftUrl = page.url();
    const text = seed('001');
    await page.locator(SURFACE).click();
    await page.evaluate(
      ({ selector, text: t }) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.querySelector(selector)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { selector: SURFACE, text },
    );
    const bar = page.locator('[data-testid="paste-whole-document"]');
    await bar.waitFor();
    const blocks = await blockCount();
    await bar.getByRole('button', { name: 'Nhập thành bản nháp mới' }).click();
    await expect.poll(() => page.url()).not.toBe(draftUrl);
    await page.locator('[name="issuer.name"]').waitFor();
    await expect.poll(() => page.locator('[name="issuer.name"]').inputValue()).toBe('TỈNH ỦY QUẢNG TRỊ');
    // The draft pasted into was left as it was.
    await page.goto(draftUrl);
    await page.locator(SURFACE).waitFor();
    await expect.poll(blockCount).toBe(blocks);
  });
});
