// Golden tests: every template, sample and fixture rendered to DOCX and read back, checked
// against the rule book's values as FORMAT.md states them (written out here, not read from
// src/standards, so that a wrong profile fails).
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';

const rasterize = (svg: string, widthPt: number) => rasterizeSvgNode(svg, widthPt);
import { extractEmbeddedDocument } from '../../src/render/docx/embed';
import { profileFor } from '../../src/standards';
import { BUILTIN_TEMPLATES, SAMPLES, fillYears } from '../../src/templates';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { attrOf, childOf, readDocx, sectionHeaders, W, type DocxParts, type ParaInfo } from './docxReader';

interface Expect {
  national: { text: string; sz: number }[];
  issuerSz: number;
  numberSz: number;
  numberPattern: RegExp;
  typeNameSz: number;
  summarySz: number;
  body: { before: number; after: number; line: number; lineRule: string };
  recipientsLabel: { sz: number; bold: boolean; italic: boolean; underline: boolean };
  recipientSz: number;
  archive: RegExp;
  authorityForms: RegExp;
  positionBold: boolean;
  issuerMark: 'rule' | '*';
  summaryMark: 'rule' | '-----';
  endMark: RegExp;
}

// FORMAT.md, table "The rule books, as Vanban applies them".
const STATE: Expect = {
  national: [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', sz: 26 },
    { text: 'Độc lập - Tự do - Hạnh phúc', sz: 28 },
  ],
  issuerSz: 26,
  numberSz: 26,
  numberPattern: /^Số: (\s+|0[1-9]|[1-9]\d+)\/[A-ZĐa-zđ]+-[A-ZĐa-zđ.]+$/u,
  typeNameSz: 28,
  summarySz: 28,
  body: { before: 120, after: 0, line: 240, lineRule: 'auto' },
  recipientsLabel: { sz: 24, bold: true, italic: true, underline: false },
  recipientSz: 22,
  archive: /^- Lưu: VT.*\.$/u,
  authorityForms: /^(TM\.|KT\.|TL\.|TUQ\.|Q\.) /u,
  positionBold: true,
  issuerMark: 'rule',
  summaryMark: 'rule',
  endMark: /\.\/\.$/u,
};

const PARTY_HD36: Expect = {
  national: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', sz: 30 }],
  issuerSz: 28,
  numberSz: 28,
  numberPattern: /^Số (\s+|0[1-9]|[1-9]\d+)-[A-ZĐa-zđ]+\/[A-ZĐ]+$/u,
  typeNameSz: 32,
  summarySz: 28,
  body: { before: 0, after: 120, line: 360, lineRule: 'exact' },
  recipientsLabel: { sz: 28, bold: false, italic: false, underline: true },
  recipientSz: 24,
  archive: /^- Lưu [^:].*\.$/u,
  authorityForms: /^(T\/M|K\/T|T\/L|Q\.) /u,
  positionBold: false,
  issuerMark: '*',
  summaryMark: '-----',
  endMark: /\.\/\.$/u,
};

// HD 05-HD/VPTW: the same typography; the content ends with "." alone.
const PARTY_HD05: Expect = { ...PARTY_HD36, endMark: /[^/]\.$/u };

function expectationFor(doc: Document): Expect {
  const id = profileFor(doc).id;
  return id === 'state-nd30' ? STATE : id === 'party-hd36' ? PARTY_HD36 : PARTY_HD05;
}

const cases: [string, Document][] = [
  ['fixture state', makeDoc()],
  ['fixture party', makePartyDoc()],
  ...BUILTIN_TEMPLATES.map((t): [string, Document] => [`template ${t.id}`, fillYears(t.document)]),
  ...SAMPLES.map((t): [string, Document] => [`sample ${t.id}`, t.document]),
];

const find = (parts: DocxParts, pred: (p: ParaInfo) => boolean): ParaInfo => {
  const p = parts.paragraphs.find(pred);
  if (!p) throw new Error('paragraph not found');
  return p;
};

describe.each(cases)('DOCX of %s', (_name, doc) => {
  const e = expectationFor(doc);
  const rendered = renderDocx(compose(doc), doc, { rasterize }).then(readDocx);

  it('is A4 with the rule book margins, and Times New Roman on every run', async () => {
    const parts = await rendered;
    const sectPrs = Array.from(parts.document.getElementsByTagNameNS(W, 'sectPr'));
    expect(sectPrs.length).toBe(1 + (doc.appendices?.length ?? 0));
    for (const s of sectPrs) {
      const pgSz = childOf(s, 'pgSz');
      expect(attrOf(pgSz, 'w')).toBe('11906');
      expect(attrOf(pgSz, 'h')).toBe('16838');
      const m = childOf(s, 'pgMar');
      // 20 / 20 / 30 / 15 mm, page number 10 mm from the top edge.
      expect([attrOf(m, 'top'), attrOf(m, 'bottom'), attrOf(m, 'left'), attrOf(m, 'right'), attrOf(m, 'header')]).toEqual(['1134', '1134', '1701', '850', '567']);
    }
    const runs = parts.paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) {
      expect(r.fonts, r.text).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' });
    }
    expect(parts.files['word/styles.xml']).toContain('w:ascii="Times New Roman"');
  });

  it('has a borderless header table with DXA widths filling the text width', async () => {
    const parts = await rendered;
    const header = parts.tables[0]!;
    const tblPr = childOf(header, 'tblPr');
    expect(attrOf(childOf(tblPr, 'tblW'), 'type')).toBe('dxa');
    const borders = childOf(tblPr, 'tblBorders');
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
      expect(attrOf(childOf(borders, side), 'val'), side).toBe('none');
    }
    const grid = Array.from(header.getElementsByTagNameNS(W, 'gridCol')).map((g) => Number(attrOf(g, 'w')));
    // 165 mm = 9354 twips (± rounding).
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - 9354)).toBeLessThanOrEqual(2);
    for (const tc of Array.from(header.getElementsByTagNameNS(W, 'tc'))) {
      const tcPr = childOf(tc, 'tcPr');
      expect(attrOf(childOf(tcPr, 'tcW'), 'type')).toBe('dxa');
      for (const side of ['top', 'bottom', 'left', 'right']) expect(attrOf(childOf(childOf(tcPr, 'tcBorders'), side), 'val')).toBe('none');
    }
  });

  it('prints the national or Party header, issuer, number and date in the rule book sizes', async () => {
    const parts = await rendered;
    for (const n of e.national) {
      const p = find(parts, (x) => x.text === n.text);
      expect(p.inTable).toBe(true);
      expect(p.align).toBe('center');
      expect(p.runs[0]).toMatchObject({ sizeHalfPt: n.sz, bold: true, italic: false });
    }
    // The name may be broken into lines to fit its column: its first printed line begins it.
    const issuerName = doc.issuer.name.split('\n')[0]!.toLocaleUpperCase('vi');
    const issuer = find(parts, (x) => x.inTable && x.text.length > 0 && (x.text === issuerName || issuerName.startsWith(`${x.text} `)));
    expect(issuer.runs[0]).toMatchObject({ sizeHalfPt: e.issuerSz, bold: true });
    if (doc.issuer.parent) {
      const parent = find(parts, (x) => x.text === doc.issuer.parent!.toLocaleUpperCase('vi'));
      expect(parent.runs[0]).toMatchObject({ sizeHalfPt: e.issuerSz, bold: false });
    }
    // Under the issuer: a drawn rule (an empty paragraph with a top border), or "*".
    const lastIssuerLine = doc.issuer.name.split('\n').filter((l) => l.trim()).pop()!.toLocaleUpperCase('vi');
    const issuerIndex = parts.paragraphs.indexOf(find(parts, (x) => x.inTable && x.text.length > 0 && (x.text === lastIssuerLine || lastIssuerLine.endsWith(` ${x.text}`))));
    const mark = parts.paragraphs[issuerIndex + 1]!;
    if (e.issuerMark === '*') expect(mark.text).toBe('*');
    else {
      expect(mark.text).toBe('');
      expect(attrOf(childOf(childOf(childOf(mark.el, 'pPr'), 'pBdr'), 'top'), 'val')).toBe('single');
    }
    const number = find(parts, (x) => x.text.startsWith('Số'));
    expect(number.text).toMatch(e.numberPattern);
    expect(number.runs[0]).toMatchObject({ sizeHalfPt: e.numberSz, bold: false, italic: false });
    const date = find(parts, (x) => /, ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/u.test(x.text));
    expect(date.runs[0]).toMatchObject({ sizeHalfPt: 28, italic: true, bold: false });
    expect(date.text.startsWith(`${doc.place}, `)).toBe(true);
  });

  it('centres the tên loại and trích yếu with the rule book mark under them', async () => {
    const parts = await rendered;
    const outside = parts.paragraphs.filter((p) => !p.inTable);
    const typeName = outside.find((p) => p.runs[0]?.sizeHalfPt === e.typeNameSz && p.runs[0].bold && p.align === 'center');
    expect(typeName?.text).toBe(typeName?.text.toLocaleUpperCase('vi'));
    const firstSummaryLine = doc.title.summary.split('\n')[0]!.trim().slice(1, 20);
    const summary = find(parts, (x) => !x.inTable && x.text.includes(firstSummaryLine));
    expect(summary.align).toBe('center');
    expect(summary.runs[0]).toMatchObject({ sizeHalfPt: e.summarySz, bold: true });
    const lastLine = doc.title.summary.split('\n').filter((l) => l.trim()).pop()!.trim().slice(1);
    const idx = parts.paragraphs.indexOf(find(parts, (x) => !x.inTable && x.text.endsWith(lastLine)));
    if (e.summaryMark === '-----') {
      expect(parts.paragraphs.slice(idx + 1, idx + 3).some((p) => p.text === '-----' && p.align === 'center')).toBe(true);
    } else {
      const next = parts.paragraphs[idx + 1]!;
      expect(next.text).toBe('');
      expect(childOf(childOf(next.el, 'pPr'), 'pBdr')).not.toBeNull();
    }
  });

  it('justifies the body with first-line indent and the rule book spacing, ending with its end mark', async () => {
    const parts = await rendered;
    // Body paragraphs and list items (headings, bold, may take more space before).
    const body = parts.paragraphs.filter((p) => !p.inTable && p.align === 'both' && !p.runs[0]?.bold);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      expect(p.firstLine).toBe(567);
      expect({ before: p.before, after: p.after, line: p.line, lineRule: p.lineRule }).toEqual(e.body);
      for (const r of p.runs) expect(r.sizeHalfPt).toBe(28);
    }
    // The content ends just before the closing table (appendices come after it).
    const closing = parts.tables.find((t) => t.textContent?.includes('Nơi nhận:'))!;
    const before = (el: Element) => (el.compareDocumentPosition(closing) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    const content = parts.paragraphs.filter((p) => !p.inTable && p.align === 'both' && before(p.el));
    const last = content[content.length - 1]!;
    // A template whose content ends in text still to fill in ("…của [cơ quan].") gets its end
    // mark only once that is written: none right after the "[…]".
    if (/\[[^\]]*\p{L}[^\]]*\][.;:,]?$/u.test(last.text)) expect(last.text).not.toMatch(/\/\.$/u);
    else expect(last.text).toMatch(e.endMark);
    expect(last.keepNext).toBe(true);
  });

  it('puts Nơi nhận beside the signature in an unsplittable borderless row', async () => {
    const parts = await rendered;
    const closing = parts.tables.find((t) => t.textContent?.includes('Nơi nhận:'))!;
    expect(closing).toBeDefined();
    const rows = Array.from(closing.getElementsByTagNameNS(W, 'tr'));
    expect(rows).toHaveLength(1);
    expect(childOf(childOf(rows[0], 'trPr'), 'cantSplit')).not.toBeNull();
    const label = find(parts, (x) => x.text === 'Nơi nhận:');
    expect(label.runs[0]).toMatchObject({
      sizeHalfPt: e.recipientsLabel.sz,
      bold: e.recipientsLabel.bold,
      italic: e.recipientsLabel.italic,
      underline: e.recipientsLabel.underline,
    });
    const entries = parts.paragraphs.filter((p) => p.inTable && p.text.startsWith('- '));
    expect(entries.length).toBe(doc.recipients.entries.length + (doc.recipients.archive ? 1 : 0));
    for (const p of entries) expect(p.runs[0]?.sizeHalfPt).toBe(e.recipientSz);
    expect(entries[entries.length - 1]!.text).toMatch(e.archive);

    const sig = doc.signature;
    if (sig.authority !== 'none') {
      const authority = parts.paragraphs.find((p) => p.inTable && e.authorityForms.test(p.text));
      expect(authority?.runs[0]).toMatchObject({ bold: true, sizeHalfPt: 28 });
    }
    if (sig.position) {
      const position = find(parts, (x) => x.inTable && x.text === sig.position!.toLocaleUpperCase('vi'));
      expect(position.runs[0]).toMatchObject({ bold: e.positionBold, sizeHalfPt: 28 });
    }
    const name = find(parts, (x) => x.inTable && x.text === sig.name);
    expect(name.runs[0]).toMatchObject({ bold: true, sizeHalfPt: 28 });
  });

  it('numbers pages from page 2: an empty first-page header, PAGE only in the default one', async () => {
    const parts = await rendered;
    const sectPr = Array.from(parts.document.getElementsByTagNameNS(W, 'sectPr'))[0]!;
    expect(childOf(sectPr, 'titlePg')).not.toBeNull();
    const headers = sectionHeaders(parts, sectPr);
    expect(headers.first).toBeDefined();
    expect(headers.first).not.toMatch(/PAGE/);
    expect(headers.default).toMatch(/PAGE/);
    expect(headers.default).toMatch(/w:jc w:val="center"/);
  });

  it('carries the Document, so that importing it back is exact', async () => {
    const bytes = await renderDocx(compose(doc), doc, { rasterize });
    expect(extractEmbeddedDocument(bytes)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('a State urgency stamp in the DOCX', () => {
  it('is a 40 × 8 mm box centred under the number', async () => {
    const doc = makeDoc({ marks: { urgency: 'THƯỢNG KHẨN' } });
    const parts = readDocx(await renderDocx(compose(doc), doc, { rasterize }));
    const stamp = parts.paragraphs.find((p) => p.text === 'THƯỢNG KHẨN')!;
    const pPr = childOf(stamp.el, 'pPr');
    for (const side of ['top', 'bottom', 'left', 'right']) expect(attrOf(childOf(childOf(pPr, 'pBdr'), side), 'val')).toBe('single');
    expect(stamp.left).toBe(Number(attrOf(childOf(pPr, 'ind'), 'right')));
    const cellTw = Number(attrOf(parts.tables[0]!.getElementsByTagNameNS(W, 'gridCol')[0], 'w'));
    // 40 mm = 2268 twips between the indents; one exact line of 8 mm = 454 twips.
    expect(Math.abs(cellTw - 2 * stamp.left! - 2268)).toBeLessThanOrEqual(2);
    expect([stamp.line, stamp.lineRule]).toEqual([454, 'exact']);
  });
});
