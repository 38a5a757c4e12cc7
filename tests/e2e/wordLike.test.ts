// End to end, in real Chromium, the body written as in Word from start to finish: a new draft
// from a template, its body cleared and typed (Enter for paragraphs, "1. " and Tab for a heading,
// Ctrl+B for bold), Word's clipboard HTML pasted, a block deleted and brought back with Ctrl+Z,
// a replace-all undone in one Ctrl+Z; then the DOCX and the PDF downloaded and read back: each
// paragraph its own w:p with the first-line indent, bold where typed, the table 3×3; in the PDF
// each paragraph present, its first line indented against its continuation lines, the cells there.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDocx, W, type DocxParts, type ParaInfo } from '../golden/docxReader';
import { wordClipboardHtml } from '../fixtures/clipboard';
import { flat, pageCount, pageWords, type Word } from '../pdf/poppler';
import { appUrl, download, keep, norm, useSession, shot, waitSaved, type Session } from './browser';

let session: Session;
let page: Page;
useSession((s) => {
  session = s;
  page = s.page;
});

const SURFACE = '[data-testid="rich-body"]';

type Tiptap = { state: { doc: { childCount: number; child(i: number): { textContent: string; type: { name: string }; attrs: Record<string, unknown> } } } };
/** The body editor's Tiptap instance, as the page has it on its surface element. */
const editorIn = () => (document.querySelector('[data-testid="rich-body"]') as unknown as { editor: Tiptap }).editor;
/** The editor's top-level blocks as "type:text" (a table as "table:" and its header). */
const blocks = () =>
  page.evaluate(
    `(() => { const d = (${editorIn.toString()})().state.doc; const out = []; for (let i = 0; i < d.childCount; i++) { const n = d.child(i); out.push(n.type.name + ':' + (n.type.name === 'table' ? (n.attrs.block?.header ?? []).join('|') : n.textContent)); } return out; })()`,
  ) as Promise<string[]>;
/** The preview's text, or what is wrong when it shows an older state (the draft does not parse). */
const preview = async (): Promise<string> => {
  const stale = await page.locator('.preview-doc.is-stale').count();
  if (stale) return `STALE: ${(await page.locator('#findings-list').textContent()) ?? ''}`;
  return norm((await page.locator('[data-testid="preview"]').textContent()) ?? '');
};
const findCount = async () => Number(await page.locator('[data-testid="find-count"]').getAttribute('data-count'));

// What is typed. Long enough to wrap, so that the PDF has continuation lines to compare with.
const TYPED_1 = 'Ngày 15 tháng 11 năm 2026, Văn phòng Ủy ban nhân dân tỉnh tổ chức cuộc họp rà soát việc đưa phần mềm quản lý văn bản vào sử dụng tại các sở, ban, ngành và địa phương.';
const HEADING = 'Về việc triển khai phần mềm';
const BOLD_BEFORE = 'Các cơ quan ';
const BOLD = 'khẩn trương hoàn thành';
const BOLD_AFTER = ' việc cập nhật dữ liệu vào phần mềm trước ngày 31 tháng 12 năm 2026 và báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh.';
const DOOMED = 'Đoạn này bị xóa rồi được khôi phục bằng Ctrl+Z, để phép thử thấy khối quay lại nguyên vẹn.';
const LAST = 'Văn phòng Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị nghiêm túc thực hiện nội dung trên, kịp thời báo cáo khó khăn, vướng mắc phát sinh.';

// What the Word fixture brings (tests/fixtures/clipboard/word2016-body.html).
const PASTED_1 = 'Ngày 08 tháng 01 năm 2019, Sở Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019; đồng chí Phó Chủ tịch chủ trì.';
const PASTED_BROKEN = ['Dòng thứ nhất của đoạn;', 'dòng thứ hai sau ngắt dòng.'];
const PASTED_LAST = 'Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện.';
const TABLE = [
  ['Nhiệm vụ', 'Thời hạn', 'Kết quả'],
  ['Giai đoạn 1: Khảo sát hiện trạng', '15/10/2019', 'Đạt'],
  ['Giai đoạn 2: Triển khai phần mềm', '20/10/2019', 'Đạt'],
];

/** Every paragraph, as printed (headings with their labels), whose first line must be indented. */
const PARAGRAPHS = [
  TYPED_1,
  `1. ${HEADING}`,
  `${BOLD_BEFORE}${BOLD}${BOLD_AFTER}`,
  DOOMED,
  PASTED_1,
  'I. ĐÁNH GIÁ CHUNG',
  '1. Về công nghệ thông tin: Tiếp tục xây dựng hạ tầng đồng bộ.',
  PASTED_BROKEN.join(' '),
  '- Hoàn thành trục liên thông văn bản',
  '- Đưa cổng dịch vụ công vào vận hành',
  '+ Ở cấp huyện',
  PASTED_LAST,
  LAST,
];

describe('a body written as in Word, downloaded as DOCX and PDF', () => {
  let start: string[] = [];
  let docx: DocxParts;
  let pdfFile = '';

  it('opens a new draft from a template and clears its body with Ctrl+A, Backspace', async () => {
    await page.goto(`${appUrl()}#/start`);
    await page.locator('[data-template-source="builtin"][data-template-kind="thong-bao-ket-luan"][data-template-family="state"] .template-use').click();
    await page.locator(SURFACE).waitFor();
    expect((await blocks()).length).toBeGreaterThan(3);
    await page.locator(`${SURFACE} > p`).first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(blocks).toEqual(['paragraph:']);
  });

  it('types paragraphs with Enter, a heading from "1. " moved a level with Tab, bold with Ctrl+B', async () => {
    await page.keyboard.type(TYPED_1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`1. ${HEADING}`);
    const heading = page.locator(`${SURFACE} > div.rb-heading`).last();
    await expect.poll(() => heading.getAttribute('data-level')).toBe('2');
    expect(await heading.getAttribute('data-label')).toBe('1.');
    // Tab: one level down (State: "1." → "1.1."), Shift+Tab: back up.
    await page.keyboard.press('Tab');
    await expect.poll(() => heading.getAttribute('data-level')).toBe('3');
    const deeper = await heading.getAttribute('data-label');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => heading.getAttribute('data-level')).toBe('2');
    expect(deeper).not.toBe('1.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(BOLD_BEFORE);
    await page.keyboard.press('Control+B');
    await page.keyboard.type(BOLD);
    await page.keyboard.press('Control+B');
    await page.keyboard.type(BOLD_AFTER);
    await page.keyboard.press('Enter');
    await page.keyboard.type(DOOMED);
    await page.keyboard.press('Enter');
    expect(await blocks()).toEqual([`paragraph:${TYPED_1}`, `heading:${HEADING}`, `paragraph:${BOLD_BEFORE}${BOLD}${BOLD_AFTER}`, `paragraph:${DOOMED}`, 'paragraph:']);
    expect(await page.locator(`${SURFACE} > p strong`).allTextContents()).toEqual([BOLD]);
    // The preview follows what is typed.
    await expect.poll(preview).toContain(norm(`${BOLD_BEFORE}${BOLD}${BOLD_AFTER}`));
  });

  it('pastes Word\'s clipboard HTML and types on after it', async () => {
    await page.evaluate(
      ({ selector, html }) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Ngày 08 tháng 01 năm 2019, Sở Thông tin và Truyền thông …');
        document.querySelector(selector)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { selector: SURFACE, html: wordClipboardHtml() },
    );
    // The empty paragraph took the first pasted one; the cursor is at the end of the last pasted one.
    await expect.poll(async () => (await blocks()).length).toBe(4 + 8);
    // The paste is one undo step of its own: Ctrl+Z takes it all back and nothing typed before it.
    const typed = [`paragraph:${TYPED_1}`, `heading:${HEADING}`, `paragraph:${BOLD_BEFORE}${BOLD}${BOLD_AFTER}`, `paragraph:${DOOMED}`, 'paragraph:'];
    await page.keyboard.press('Control+Z');
    await expect.poll(blocks).toEqual(typed);
    await page.keyboard.press('Control+Y');
    await expect.poll(async () => (await blocks()).length).toBe(4 + 8);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(LAST);
    const after = await blocks();
    expect(after.slice(4)).toEqual([
      `paragraph:${PASTED_1}`,
      'heading:ĐÁNH GIÁ CHUNG',
      'heading:Về công nghệ thông tin:Tiếp tục xây dựng hạ tầng đồng bộ.',
      `paragraph:${PASTED_BROKEN.join('')}`,
      'list:Hoàn thành trục liên thông văn bảnĐưa cổng dịch vụ công vào vận hành',
      'list:Ở cấp huyện',
      `table:${TABLE[0]!.join('|')}`,
      `paragraph:${PASTED_LAST}`,
      `paragraph:${LAST}`,
    ]);
    start = after;
    await expect.poll(preview).toContain(norm(LAST));
    await expect.poll(() => page.locator(`${SURFACE} .rb-atom-table td`).allTextContents()).toEqual(TABLE.slice(1).flat());
  });

  it('deletes a selected paragraph with Backspace and a selected table with Delete; Ctrl+Z brings each back', async () => {
    // The paragraph selected as in Word, with its mark: Home, then Ctrl+Shift+Down (to the start
    // of the next paragraph, past its own wrapped lines), then Backspace.
    await page.locator(`${SURFACE} > p`, { hasText: DOOMED }).click({ position: { x: 40, y: 8 } });
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Shift+ArrowDown');
    expect((await page.evaluate(() => window.getSelection()?.toString()))?.trim()).toBe(DOOMED);
    await page.keyboard.press('Backspace');
    await expect.poll(blocks).toEqual(start.filter((b) => b !== `paragraph:${DOOMED}`));
    await expect.poll(preview).not.toContain(norm(DOOMED));
    await page.keyboard.press('Control+Z');
    await expect.poll(blocks).toEqual(start);
    await expect.poll(preview).toContain(norm(DOOMED));

    // The table: a click selects it whole, Delete removes it.
    const table = page.locator(`${SURFACE} .rb-atom-table`);
    await table.locator('td').first().click();
    await expect.poll(() => table.evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
    await page.keyboard.press('Delete');
    await expect.poll(blocks).toEqual(start.filter((b) => !b.startsWith('table:')));
    await expect.poll(preview).not.toContain(norm(TABLE[1]![0]!));
    await page.keyboard.press('Control+Z');
    await expect.poll(blocks).toEqual(start);
    await expect.poll(() => page.locator(`${SURFACE} .rb-atom-table td`).allTextContents()).toEqual(TABLE.slice(1).flat());
    await expect.poll(preview).toContain(norm(TABLE[1]![0]!));
    await table.scrollIntoViewIfNeeded();
    await shot(session, 'word-like-table.png');
  });

  it('replaces all with Ctrl+H, the count shown, and one Ctrl+Z restores every match', async () => {
    await page.locator(`${SURFACE} > p`, { hasText: LAST }).click();
    await page.keyboard.press('Control+H');
    await page.locator('#find-query').fill('phần mềm');
    // Typed three times, once in the pasted table, none elsewhere in the draft.
    await expect.poll(findCount).toBe(4);
    expect(await page.locator('[data-testid="find-count"]').textContent()).toMatch(/\b4\b/u);
    await page.locator('#find-replacement').fill('ứng dụng');
    await page.locator('[data-testid="replace-all"]').click();
    await expect.poll(findCount).toBe(0);
    await expect.poll(() => page.locator('.find-where').textContent()).toMatch(/\b4\b/u);
    await expect.poll(async () => (await blocks()).join('\n')).not.toContain('phần mềm');
    await expect.poll(() => page.locator(`${SURFACE} .rb-atom-table td`).allTextContents()).toContain('Giai đoạn 2: Triển khai ứng dụng');

    await page.keyboard.press('Control+Z');
    await expect.poll(blocks).toEqual(start);
    await expect.poll(findCount).toBe(4);
    await expect.poll(() => page.locator(`${SURFACE} .rb-atom-table td`).allTextContents()).toEqual(TABLE.slice(1).flat());
    await page.keyboard.press('Escape');
    await waitSaved(page);
    await shot(session, 'word-like.png');
  });

  it('downloads a DOCX: each paragraph its own w:p, first-line indented, bold where typed, the table 3×3', async () => {
    const { file } = await download(session, 'download-docx', 'word-like.docx');
    keep(file, 'word-like.docx');
    docx = readDocx(readFileSync(file));
    const body = docx.paragraphs.filter((p) => !p.inTable);
    const one = (pred: (p: ParaInfo) => boolean, what: string): ParaInfo => {
      const found = body.filter(pred);
      expect(found.map((p) => p.text), what).toHaveLength(1);
      return found[0]!;
    };
    // Compared without spaces: a w:br stands between two lines of a paragraph where the PDF has a space.
    const squash = (s: string) => s.replace(/\s+/gu, '');
    // Empty w:p aside: the renderer's spacer before a table stands for its space-before.
    const written = body.filter((p) => p.text.trim() !== '');
    const order: number[] = [];
    for (const text of PARAGRAPHS) {
      const p = one((q) => squash(q.text).startsWith(squash(text).slice(0, 32)), text);
      // The whole paragraph in this one w:p (the last one with its end mark).
      expect(squash(p.text).startsWith(squash(text)), text).toBe(true);
      expect(p.firstLine, text).toBe(567);
      order.push(written.indexOf(p));
    }
    // In the order written, one after the other: no split-off piece of text between them.
    expect(order).toEqual(order.map((_, i) => order[0]! + i));
    const heading = one((p) => /^\d+\. Về việc triển khai phần mềm$/u.test(p.text), 'typed heading');
    expect(heading.firstLine).toBe(567);
    expect(heading.runs.every((r) => r.bold)).toBe(true);
    const marked = one((p) => p.text.startsWith(BOLD_BEFORE), 'bold paragraph');
    expect(marked.runs.map((r) => [r.text, r.bold])).toEqual([
      [BOLD_BEFORE, false],
      [BOLD, true],
      [BOLD_AFTER, false],
    ]);
    for (const text of [TYPED_1, DOOMED, LAST]) expect(one((p) => p.text.startsWith(text), text).runs.some((r) => r.bold), text).toBe(false);
    // The pasted line break is a w:br in its paragraph, not a paragraph of its own.
    const broken = one((p) => p.text.startsWith(PASTED_BROKEN[0]!), 'line break');
    expect(broken.el.getElementsByTagNameNS(W, 'br')).toHaveLength(1);
    // …and its first line is not spread to both margins in Word, as it is not in the PDF.
    expect(docx.files['word/settings.xml']).toContain('<w:doNotExpandShiftReturn/>');

    const tables = docx.tables.filter((t) => t.textContent?.includes('Khảo sát hiện trạng'));
    expect(tables).toHaveLength(1);
    const rows = Array.from(tables[0]!.getElementsByTagNameNS(W, 'tr')).map((tr) => Array.from(tr.getElementsByTagNameNS(W, 'tc')).map((tc) => tc.textContent));
    expect(rows).toEqual(TABLE);
    // Word's column proportions (59/24/17 %) and its centred date and result cells came along.
    const grid = Array.from(tables[0]!.getElementsByTagNameNS(W, 'gridCol')).map((g) => Number(g.getAttributeNS(W, 'w')));
    expect(grid).toHaveLength(3);
    const total = grid.reduce((a, w) => a + w, 0);
    grid.forEach((w, i) => expect(w / total, `column ${i + 1}`).toBeCloseTo([0.59, 0.24, 0.17][i]!, 2));
    const dataAlign = docx.paragraphs.filter((p) => p.inTable && /^(15|20)\/10\/2019$|^Đạt$/u.test(p.text)).map((p) => p.align);
    expect(dataAlign).toEqual(['center', 'center', 'center', 'center']);
  });

  it('downloads a PDF: each paragraph starts its own line, indented against its continuation lines, the cells present', async () => {
    const { file, suggested } = await download(session, 'download-pdf', 'word-like.pdf');
    keep(file, 'word-like.pdf');
    expect(suggested).toMatch(/\.pdf$/u);
    pdfFile = file;
    const lines = pdfLines(pdfFile);
    const all = flat(lines.map((l) => l.text).join(' '));
    // The left margin: where most lines of the page start.
    const margin = mode(lines.map((l) => Math.round(l.x)));
    for (const text of PARAGRAPHS) {
      const want = flat(text);
      expect(all, text).toContain(want);
      const first = lines.findIndex(starts(want));
      expect(first, `first line of: ${text}`).toBeGreaterThanOrEqual(0);
      const line = lines[first]!;
      // The paragraph's first line starts its line and is indented by the rule book's 10 mm.
      expect(line.x - margin, text).toBeGreaterThan(25);
      expect(line.x - margin, text).toBeLessThan(32);
      // Its continuation lines (as many as its text needs) start at the margin.
      let seen = flat(line.text);
      for (let i = first + 1; seen.length < want.length && i < lines.length; i++) {
        const next = lines[i]!;
        expect(Math.abs(next.x - margin), `continuation of: ${text} — "${next.text}"`).toBeLessThan(1.5);
        seen = `${seen} ${flat(next.text)}`;
      }
      expect(flat(seen).startsWith(want), text).toBe(true);
    }
    // The typed paragraphs wrap: they have continuation lines to compare with.
    for (const text of [TYPED_1, `${BOLD_BEFORE}${BOLD}${BOLD_AFTER}`, LAST]) {
      const i = lines.findIndex(starts(flat(text)));
      expect(flat(lines[i]!.text).length, text).toBeLessThan(flat(text).length);
    }
    // The table, between its header line and the paragraph after it. Its column edges: the text
    // area (A4, 15 mm right margin) cut in Word's 59/24/17 proportions; each word goes to the
    // column its middle is in.
    const top = lines.findIndex((l) => flat(l.text) === TABLE[0]!.join(' '));
    const bottom = lines.findIndex(starts(flat(PASTED_LAST)));
    expect(top).toBeGreaterThan(0);
    const width = 595.28 - (15 * 72) / 25.4 - margin;
    const edges = [margin + width * 0.59, margin + width * 0.83];
    const grid = lines.slice(top, bottom).map((l) => {
      const row: string[][] = [[], [], []];
      for (const w of l.words) row[edges.filter((x) => (w.xMin + w.xMax) / 2 > x).length]!.push(w.text);
      return row.map((c) => c.join(' '));
    });
    // In Word's proportions the long first column has room: one line per row, and every cell in its place.
    expect(grid).toEqual(TABLE);
  });
});

interface Line {
  text: string;
  x: number;
  y: number;
  page: number;
  words: Word[];
}

/**
 * The PDF's lines, top to bottom on each page: words on one baseline joined, their leftmost x;
 * the page number in the top margin (20 mm) left out.
 */
function pdfLines(file: string): Line[] {
  const out: Line[] = [];
  for (let p = 1; p <= pageCount(file); p++) {
    const rows = new Map<number, Word[]>();
    for (const w of pageWords(file, p)) {
      if (w.yMax < 56) continue;
      const key = Math.round(w.yMax);
      const row = rows.get(key) ?? rows.get(key - 1) ?? rows.get(key + 1);
      if (row) row.push(w);
      else rows.set(key, [w]);
    }
    for (const [y, words] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
      words.sort((a, b) => a.xMin - b.xMin);
      out.push({ text: words.map((w) => w.text).join(' '), x: words[0]!.xMin, y, page: p, words });
    }
  }
  return out;
}

/** The line a paragraph's text starts with (a whole line, not a short piece of some other). */
const starts = (want: string) => (l: Line): boolean => {
  const t = flat(l.text);
  return t.length >= Math.min(want.length, 12) && (want.startsWith(t) || t.startsWith(want));
};

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
