// pdfDefinition(layout): what pdfmake is told, without rendering.
import { describe, expect, it } from 'vitest';
import type { Content, ContentCanvas, ContentSection, ContentStack, ContentTable, ContentText, CustomTableLayout, DynamicContent } from 'pdfmake/interfaces';
import { compose, mmToPt, type Layout, type LayoutBlock, type ParagraphBlock } from '../../src/compose';
import { lineHeightFactor, PDF_FONT_FAMILY, pdfDefinition, PDFKIT_LINE_EM, WORD_SINGLE_LINE_EM } from '../../src/render/pdf/definition';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object node under the content, depth first (text runs, cells, columns included). */
function nodes(content: Content | Content[]): Obj[] {
  const out: Obj[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    out.push(v);
    for (const key of ['section', 'stack', 'columns', 'text']) if (key in v) walk(v[key]);
    if (isObj(v.table) && Array.isArray(v.table.body)) v.table.body.forEach(walk);
  };
  walk(content);
  return out;
}

/** The leaf strings pdfmake will print. */
function strings(content: Content | Content[]): string[] {
  return nodes(content).flatMap((n) => (typeof n.text === 'string' ? [n.text] : []));
}

/** The paragraph node whose runs read `text`. */
function paragraphNode(content: Content | Content[], text: string): ContentText {
  const found = nodes(content).find((n) => Array.isArray(n.text) && n.text.map((r: unknown) => (isObj(r) ? r.text : '')).join('') === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found as unknown as ContentText;
}

function blocksOf(layout: Layout): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const walk = (b: LayoutBlock): void => {
    out.push(b);
    if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) c.blocks.forEach(walk);
  };
  layout.sections.forEach((s) => s.blocks.forEach(walk));
  return out;
}
const paragraph = (layout: Layout, role: string): ParagraphBlock => {
  const p = blocksOf(layout).find((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === role);
  if (!p) throw new Error(`no ${role}`);
  return p;
};
const textOf = (p: ParagraphBlock): string => p.runs.map((r) => r.text).join('');

function tables(content: Content | Content[]): ContentTable[] {
  return nodes(content).filter((n) => 'table' in n) as unknown as ContentTable[];
}

describe('pdfDefinition', () => {
  it('sets the page size and the margins [left, top, right, bottom] from the Layout, in pt', () => {
    const layout = compose(makeDoc());
    const def = pdfDefinition(layout);
    expect(def.pageSize).toEqual({ width: layout.page.widthPt, height: layout.page.heightPt });
    const m = layout.page.margins;
    expect(def.pageMargins).toEqual([m.left, m.top, m.right, m.bottom]);
    // A4 and NĐ30's 30 / 20 / 15 / 20 mm.
    expect(layout.page.widthPt).toBeCloseTo(mmToPt(210), 2);
    expect(layout.page.heightPt).toBeCloseTo(mmToPt(297), 2);
    expect(def.pageMargins).toEqual([mmToPt(30), mmToPt(20), mmToPt(15), mmToPt(20)].map((v) => expect.closeTo(v, 2)));
    expect(def.pageOrientation).toBe('portrait');
  });

  it('uses Tinos throughout and fills the document info', () => {
    const layout = compose(makeDoc());
    const def = pdfDefinition(layout);
    expect(def.defaultStyle?.font).toBe(PDF_FONT_FAMILY);
    expect(nodes(def.content).filter((n) => 'font' in n)).toEqual([]);
    expect(def.language).toBe('vi-VN');
    expect(def.info?.title).toBe(layout.meta.title);
    expect(def.info?.subject).toBe(layout.meta.subject);
    expect(def.info?.author).toBe('VĂN PHÒNG');
  });

  it('maps runs: size, bold, italic, underline', () => {
    const layout = compose(makePartyDoc());
    const def = pdfDefinition(layout);
    const label = paragraphNode(def.content, 'Nơi nhận:');
    expect(label.text).toEqual([{ text: 'Nơi nhận:', fontSize: 14, bold: false, italics: false, decoration: 'underline' }]);
    const date = paragraphNode(def.content, textOf(paragraph(layout, 'place-date')));
    expect(date.text).toEqual([expect.objectContaining({ fontSize: 14, italics: true, bold: false })]);
    expect(date.alignment).toBe('center');
  });

  it('normalises every string to NFC', () => {
    const layout = compose(makeDoc());
    const body = paragraph(layout, 'body');
    const nfd = 'Hội nghị tổng kết công nghệ thông tin'.normalize('NFD');
    body.runs = body.runs.map((r) => ({ ...r, text: nfd }));
    layout.meta.title = nfd;
    const def = pdfDefinition(layout);
    const all = strings(def.content);
    expect(all).toContain(nfd.normalize('NFC'));
    for (const s of all) expect(s).toBe(s.normalize('NFC'));
    expect(def.info?.title).toBe(nfd.normalize('NFC'));
  });

  it('gives body paragraphs their alignment, first-line indent, spacing and calibrated line height', () => {
    const state = compose(makeDoc());
    const p = paragraph(state, 'body');
    const node = paragraphNode(pdfDefinition(state).content, textOf(p));
    expect(node.alignment).toBe('justify');
    expect(node.leadingIndent).toBeCloseTo(mmToPt(10), 2);
    expect(node.margin).toEqual([0, p.spaceBeforePt, 0, p.spaceAfterPt]);
    // Word's single line (1.15 em) over pdfkit's line box (1.107 em).
    expect(node.lineHeight).toBeCloseTo(WORD_SINGLE_LINE_EM / PDFKIT_LINE_EM, 6);
    expect(node.lineHeight! * 14 * PDFKIT_LINE_EM).toBeCloseTo(14 * 1.15, 1);

    const party = compose(makePartyDoc());
    const pp = paragraph(party, 'body');
    expect(pp.line).toEqual({ rule: 'exact', pt: 18 });
    const pnode = paragraphNode(pdfDefinition(party).content, textOf(pp));
    expect(pnode.lineHeight! * 14 * PDFKIT_LINE_EM).toBeCloseTo(18, 6);
    expect(lineHeightFactor({ rule: 'auto', multiple: 1.5 }, 13)).toBeCloseTo((1.5 * WORD_SINGLE_LINE_EM) / PDFKIT_LINE_EM, 6);
  });

  it('hangs Nơi nhận continuation lines: left margin at the indent, the first line pulled back', () => {
    const layout = compose(makeDoc());
    const r = paragraph(layout, 'recipient');
    expect(r.hangingPt).toBeGreaterThan(0);
    const node = paragraphNode(pdfDefinition(layout).content, textOf(r));
    expect(node.margin).toEqual([r.leftIndentPt, 0, 0, 0]);
    expect(node.leadingIndent).toBeCloseTo(r.firstLineIndentPt - r.hangingPt, 6);
  });

  it('draws rules as canvas lines of the Layout length and thickness, centred', () => {
    const layout = compose(makeDoc());
    const rules = blocksOf(layout).filter((b) => b.type === 'rule');
    const canvases = nodes(pdfDefinition(layout).content).filter((n) => 'canvas' in n) as unknown as ContentCanvas[];
    expect(canvases).toHaveLength(rules.length);
    canvases.forEach((c, i) => {
      const rule = rules[i];
      if (rule?.type !== 'rule') throw new Error('rule expected');
      expect(c.alignment).toBe('center');
      expect(c.canvas).toEqual([expect.objectContaining({ type: 'line', x1: 0, x2: rule.lengthPt, lineWidth: rule.thicknessPt })]);
    });
    for (const s of strings(pdfDefinition(layout).content)) expect(s).not.toMatch(/_{2,}/);
  });

  it('lays out borderless tables without lines or padding, bordered ones with thin lines, header rows and whole rows', () => {
    const layout = compose(
      makeDoc({
        body: [
          { type: 'paragraph', text: 'Kết quả như sau:' },
          { type: 'table', header: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], rows: [['Hồ sơ trực tuyến', '1.200', '1.318']] },
          { type: 'paragraph', text: 'Đề nghị các đơn vị thực hiện.' },
        ],
      }),
    );
    const def = pdfDefinition(layout);
    const [header, body, closing] = tables(def.content);
    if (!header || !body || !closing) throw new Error('three tables expected');
    const lay = (t: ContentTable): CustomTableLayout => t.layout as CustomTableLayout;
    const call = (f: unknown): unknown => (typeof f === 'function' ? (f as (i: number, n: ContentTable) => unknown)(0, header) : f);

    for (const t of [header, closing]) {
      expect(call(lay(t).hLineWidth)).toBe(0);
      expect(call(lay(t).vLineWidth)).toBe(0);
      expect(call(lay(t).paddingLeft)).toBe(0);
      expect(call(lay(t).paddingRight)).toBe(0);
      expect(t.table.dontBreakRows).toBe(true);
      const widths = t.table.widths as number[];
      expect(widths.reduce((a, w) => a + w, 0)).toBeCloseTo(layout.page.contentWidthPt, 0);
    }
    expect(call(lay(body).hLineWidth)).toBeGreaterThan(0);
    expect(call(lay(body).hLineWidth)).toBeLessThanOrEqual(1);
    expect(call(lay(body).hLineColor)).toBe('black');
    expect(call(lay(body).paddingLeft)).toBe(4);
    expect(body.table.headerRows).toBe(1);
    expect(body.table.dontBreakRows).toBe(true);
    // Column widths + padding + rules fill the Layout columns.
    const bodyLayout = blocksOf(layout).find((b) => b.type === 'table' && b.role === 'body-table');
    if (bodyLayout?.type !== 'table') throw new Error('no body table');
    const total = (body.table.widths as number[]).reduce((a, w) => a + w, 0) + 3 * 2 * 4 + 4 * 0.5;
    expect(total).toBeCloseTo(bodyLayout.columnsPt.reduce((a, w) => a + w, 0), 6);
  });

  it('keeps the last sentence with the signature block: one small unbreakable group', () => {
    const layout = compose(makeDoc());
    const def = pdfDefinition(layout);
    const main = (def.content as ContentSection[])[0]?.section as Content[];
    const last = main[main.length - 1] as ContentStack;
    expect(last.unbreakable).toBe(true);
    expect(last.stack).toHaveLength(2);
    expect(strings(last.stack[0] as Content)).toEqual(['Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.']);
    expect(tables(last.stack[1] as Content)[0]?.table.dontBreakRows).toBe(true);
  });

  it('lets a keep-with-next run taller than half a page flow, keeping only the tail that fits', () => {
    const long = 'Nội dung chỉ đạo rất dài của Ban Thường vụ Tỉnh ủy về công nghệ thông tin. '.repeat(60);
    const layout = compose(makeDoc({ body: [{ type: 'paragraph', text: 'Mở đầu.' }, { type: 'paragraph', text: long }] }));
    const main = (pdfDefinition(layout).content as ContentSection[])[0]?.section as Content[];
    const groups = main.filter((c): c is ContentStack => isObj(c) && 'stack' in c && (c as ContentStack).unbreakable === true);
    for (const g of groups) expect(strings(g.stack).join(' ')).not.toContain('Nội dung chỉ đạo rất dài');
  });

  it('makes a framed paragraph a bordered one-cell table', () => {
    const layout = compose(makeDoc({ marks: { urgency: 'KHẨN' } }));
    const urgency = paragraph(layout, 'urgency');
    expect(urgency.framed).toBe(true);
    const box = tables(pdfDefinition(layout).content).find(
      (t) => t.table.body.length === 1 && t.table.body[0]?.length === 1 && strings(t.table.body as Content[]).includes(textOf(urgency)),
    );
    if (!box) throw new Error('no frame');
    // The State stamp has NĐ30's fixed size: the box (text width, padding, borders) is 20 mm wide.
    const inner = box.table.widths?.[0];
    expect(typeof inner).toBe('number');
    expect(Math.abs((inner as number) + 2 * 3 + 2 * 0.5 - urgency.frame!.widthPt)).toBeLessThan(1.5);
    expect(Math.round((urgency.frame!.widthPt * 25.4) / 72)).toBe(20);
    const lw = (box.layout as CustomTableLayout).hLineWidth;
    expect(typeof lw === 'function' ? lw(0, box) : lw).toBeGreaterThan(0);
  });

  describe('page numbers', () => {
    const headers = (layout: Layout): DynamicContent[] =>
      (pdfDefinition(layout).content as ContentSection[]).map((s) => s.header as DynamicContent);
    const size = { width: 595, height: 842, orientation: 'portrait' as const };
    const shown = (h: DynamicContent | undefined, page: number): string | null => {
      const c = h?.(page, 9, size);
      return isObj(c) && typeof c.text === 'string' ? c.text : null;
    };

    it('numbers each section from its own first page, which shows none, the same on every layout pass', () => {
      const layout = compose(makeDoc({ appendices: [{ title: 'PHỤ LỤC A', body: [] }, { title: 'PHỤ LỤC B', body: [] }] }));
      const [main, a1, a2] = headers(layout);
      // pdfmake calls the headers page by page: main on 1–3, appendix 1 on 4–6, appendix 2 on 7–9.
      const pass = (): (string | null)[] => [
        ...[1, 2, 3].map((p) => shown(main, p)),
        ...[4, 5, 6].map((p) => shown(a1, p)),
        ...[7, 8, 9].map((p) => shown(a2, p)),
      ];
      expect(pass()).toEqual([null, '2', '3', null, '2', '3', null, '2', '3']);
      expect(pass()).toEqual([null, '2', '3', null, '2', '3', null, '2', '3']);
    });

    it('continues the count in a section that does not restart it, still without a number on its first page', () => {
      const layout = compose(makeDoc({ appendices: [{ title: 'PHỤ LỤC A', body: [] }] }));
      const section = layout.sections[1];
      if (!section) throw new Error('no appendix');
      section.restartPageNumbers = false;
      const [main, a1] = headers(layout);
      expect([1, 2].map((p) => shown(main, p))).toEqual([null, '2']);
      expect([3, 4].map((p) => shown(a1, p))).toEqual([null, '4']);
    });

    it('places the number centred between the margins at the header distance, in the rule book size', () => {
      const layout = compose(makeDoc());
      const [main] = headers(layout);
      main?.(1, 2, size);
      const node = main?.(2, 2, size) as ContentText;
      const m = layout.page.margins;
      expect(node).toMatchObject({ text: '2', alignment: 'center', fontSize: layout.pageNumber.sizePt });
      expect(node.margin).toEqual([m.left, layout.page.headerDistancePt, m.right, 0]);
    });
  });
});
