// Layout → PDF through pdfmake in Node, read back with poppler: the text is there and intact, the
// fonts are embedded, page numbers follow the rule books, and keep-with-next holds.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compose, type Layout, type LayoutBlock, type ParagraphBlock } from '../../src/compose';
import type { Document, DocumentInput } from '../../src/model';
import { BUILTIN_TEMPLATES, fillYears, SAMPLES } from '../../src/templates';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { flat, nonEmptyLines, pageCount, pageLines, pageTexts, pdfFonts, pdfInfo, pdfText, PdfDir, printedPageNumber, pageWords } from './poppler';

const dir = new PdfDir();
afterAll(() => dir.remove());

const STATE_HEADER = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_HEADER = ['ĐẢNG CỘNG SẢN VIỆT NAM'];

function paragraphs(layout: Layout, role: string): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  const walk = (b: LayoutBlock): void => {
    if (b.type === 'paragraph' && b.role === role) out.push(b);
    if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) c.blocks.forEach(walk);
  };
  for (const s of layout.sections) s.blocks.forEach(walk);
  return out;
}
const textOf = (p: ParagraphBlock): string => p.runs.map((r) => r.text).join('');
const firstWords = (s: string, n: number): string => flat(s).split(' ').slice(0, n).join(' ');

/** What every rendered document must show: its header, trích yếu and opening sentence, in Tinos. */
async function checkDocument(doc: Document): Promise<void> {
  const layout = compose(doc);
  const file = await dir.render(layout, doc.kind);
  const text = pdfText(file);
  const all = flat(text);
  for (const line of doc.standard.family === 'party' ? PARTY_HEADER : STATE_HEADER) expect(text).toContain(line);
  const summary = paragraphs(layout, 'summary').map(textOf).join(' ');
  expect(summary.length).toBeGreaterThan(0);
  expect(all).toContain(flat(summary));
  const body = paragraphs(layout, 'body')[0];
  if (body) expect(all).toContain(firstWords(textOf(body), 12));
  // Rules are drawn, never typed.
  expect(text).not.toMatch(/_{3,}/);
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.name).toMatch(/\+Tinos-/);
    expect(f.embedded).toBe(true);
  }
  expect(fonts.map((f) => f.name.replace(/^[A-Z]+\+/, ''))).toEqual(expect.arrayContaining(['Tinos-Regular', 'Tinos-Bold']));
  expect(printedPageNumber(file, 1, layout)).toBeUndefined();
}

describe('PDF of the test fixtures', () => {
  it('State: header, trích yếu, a sentence with diacritics, Tinos embedded', async () => {
    const doc = makeDoc();
    await checkDocument(doc);
    const file = await dir.render(compose(doc), 'state');
    const all = flat(pdfText(file));
    expect(all).toContain('Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị tổng kết năm 2018');
    expect(all).toContain('Ngày 08 tháng 01 năm 2019, Sở Thông tin và Truyền thông tổ chức Hội nghị tổng kết.');
    expect(all).toContain('Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.');
    expect(all).toContain('Số: 134/TB-VP');
    expect(all).toContain('Kiên Giang, ngày 13 tháng 02 năm 2019');
    expect(pageCount(file)).toBe(1);
    const info = pdfInfo(file);
    expect(info.Title).toBe('Thông báo kết luận: Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị tổng kết năm 2018');
    expect(info.Subject).toBe('Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị tổng kết năm 2018');
    expect(info.Author).toBe('VĂN PHÒNG');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (vi-VN)');
    const fonts = pdfFonts(file).map((f) => f.name.replace(/^[A-Z]+\+/, ''));
    expect(fonts).toEqual(expect.arrayContaining(['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']));
  });

  it('Party: header, "*", "-----", trích yếu, Tinos embedded', async () => {
    const doc = makePartyDoc();
    await checkDocument(doc);
    const file = await dir.render(compose(doc), 'party');
    const text = pdfText(file);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('*');
    expect(lines).toContain('-----');
    expect(flat(text)).toContain('về việc đẩy mạnh ứng dụng công nghệ thông tin');
    expect(flat(text)).toContain('Số 13-CT/TU');
  });

  it('normalises decomposed (NFD) text to NFC before it reaches the PDF', async () => {
    const nfd = 'Ngày 08 tháng 01 năm 2019, Sở Thông tin và Truyền thông tổ chức Hội nghị.'.normalize('NFD');
    const layout = compose(makeDoc());
    const body = paragraphs(layout, 'body')[0];
    if (!body) throw new Error('no body paragraph');
    body.runs = [{ ...body.runs[0]!, text: nfd }];
    const file = await dir.render(layout, 'nfd');
    expect(flat(pdfText(file))).toContain(nfd.normalize('NFC'));
  });
});

const FILLER =
  'Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố triển khai thực hiện có hiệu quả các nhiệm vụ về chuyển đổi số, bảo đảm an toàn thông tin mạng.';

type Blocks = NonNullable<DocumentInput['body']>;
const filler = (n: number, prefix: string): Blocks => Array.from({ length: n }, (_, i) => ({ type: 'paragraph' as const, text: `${prefix} ${i + 1}. ${FILLER}` }));

/** Pages (from 1) whose text contains the given text. */
function pagesWith(file: string, text: string): number[] {
  return pageTexts(file).flatMap((page, i) => (flat(page).includes(text) ? [i + 1] : []));
}

describe('PDF page numbers', () => {
  const cases: [string, (o: Partial<DocumentInput>) => Document][] = [
    ['State', makeDoc],
    ['Party', makePartyDoc],
  ];
  it.each(cases)('%s: none on page 1, "2" centred at the header distance on page 2, each appendix counts from 1', async (_name, make) => {
    const doc = make({
      body: filler(36, 'Đoạn'),
      appendices: [
        { title: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM', body: filler(36, 'Phụ lục một, đoạn') },
        { title: 'DANH MỤC CÁC ĐƠN VỊ PHỐI HỢP', body: filler(30, 'Phụ lục hai, đoạn') },
      ],
    });
    const layout = compose(doc);
    const file = await dir.render(layout, 'numbers');
    const pages = pageCount(file);
    const first = pagesWith(file, 'Phụ lục một, đoạn 1.')[0];
    const second = pagesWith(file, 'Phụ lục hai, đoạn 1.')[0];
    if (!first || !second) throw new Error('appendix text not found');
    // Each section is at least two pages long, so each shows a number on its second page.
    expect(first).toBeGreaterThanOrEqual(3);
    expect(second - first).toBeGreaterThanOrEqual(2);
    expect(pages - second).toBeGreaterThanOrEqual(1);

    expect(printedPageNumber(file, 1, layout)).toBeUndefined();
    expect(pageLines(file, 1)[0]).not.toMatch(/^\d+$/);
    expect(pdfText(file, { first: 2 }).trimStart().split('\n')[0]?.trim()).toBe('2');
    const expected: (string | undefined)[] = [];
    for (let p = 1; p <= pages; p++) {
      const start = p >= second ? second : p >= first ? first : 1;
      expected.push(p === start ? undefined : String(p - start + 1));
    }
    const printed = Array.from({ length: pages }, (_, i) => printedPageNumber(file, i + 1, layout));
    expect(printed).toEqual(expected);

    // Centred between the side margins, its line starting at the header distance from the top edge.
    const [number] = pageWords(file, 2).filter((w) => w.text === '2' && w.yMax <= layout.page.margins.top);
    if (!number) throw new Error('no page number on page 2');
    const centre = layout.page.margins.left + layout.page.contentWidthPt / 2;
    expect(Math.abs((number.xMin + number.xMax) / 2 - centre)).toBeLessThan(1);
    expect(number.yMin).toBeGreaterThan(layout.page.headerDistancePt - 1);
    expect(number.yMin).toBeLessThan(layout.page.headerDistancePt + 4);
  });
});

describe('PDF keep-with-next', () => {
  it('never leaves a heading last on a page, nor the signature block without the last sentence', async () => {
    // One-line paragraphs move the heading and the closing down a line at a time, so across the
    // range each of them meets the foot of page 1.
    const seen = { headingAtFoot: 0, closingOnPage2: 0 };
    for (let n = 18; n <= 44; n += 1) {
      const body: Blocks = [
        ...Array.from({ length: n }, (_, i) => ({ type: 'paragraph' as const, text: `Dòng ngắn số ${i + 1}.` })),
        { type: 'heading', level: 1, title: 'Nhiệm vụ trọng tâm' },
        ...Array.from({ length: 3 }, (_, i) => ({ type: 'paragraph' as const, text: `Nhiệm vụ thứ ${i + 1} của năm 2019.` })),
        { type: 'paragraph', text: 'Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện.' },
      ];
      const layout = compose(makeDoc({ body }));
      const file = await dir.render(layout, `keep-${n}`);
      const heading = flat(textOf(paragraphs(layout, 'heading-1')[0]!));
      const pages = pageTexts(file);
      pages.forEach((page, i) => {
        const lines = nonEmptyLines(page);
        expect(flat(lines[lines.length - 1] ?? ''), `n=${n}, page ${i + 1}`).not.toBe(heading);
        // After the page number, the heading opens the page: it met the foot of the one before.
        if (i > 0 && flat(lines[1] ?? '') === heading) seen.headingAtFoot++;
      });
      const closing = pages.flatMap((page, i) => (page.includes('Nơi nhận:') ? [i + 1] : []));
      const last = pages.flatMap((page, i) => (flat(page).includes('biết, thực hiện./.') ? [i + 1] : []));
      expect(closing, `n=${n}`).toHaveLength(1);
      expect(last, `n=${n}`).toEqual(closing);
      if (closing[0] === 2) seen.closingOnPage2++;
    }
    // The range did push both the heading and the closing over the page break.
    expect(seen.headingAtFoot).toBeGreaterThan(0);
    expect(seen.closingOnPage2).toBeGreaterThan(0);
  });
});

/** The built-in templates (years filled from their dates) and the samples. */
const shipped: [string, Document][] = [
  ...BUILTIN_TEMPLATES.map((t): [string, Document] => [t.id, fillYears(t.document)]),
  ...SAMPLES.map((t): [string, Document] => [t.id, t.document]),
];

describe('PDF of the shipped templates and samples', () => {
  it.each(shipped)('%s', async (_name, doc) => {
    await checkDocument(doc);
  });
});
