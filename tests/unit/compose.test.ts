import { describe, expect, it } from 'vitest';
import { compose, textWidthPt, type Layout, type LayoutBlock, type ParagraphBlock, type RuleBlock } from '../../src/compose';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

function allBlocks(layout: Layout): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const walk = (b: LayoutBlock) => {
    out.push(b);
    if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) c.blocks.forEach(walk);
  };
  for (const s of layout.sections) s.blocks.forEach(walk);
  return out;
}
const paras = (l: Layout, role: string) => allBlocks(l).filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === role);
const text = (p: ParagraphBlock) => p.runs.map((r) => r.text).join('');
const rules = (l: Layout, role: string) => allBlocks(l).filter((b): b is RuleBlock => b.type === 'rule' && b.role === role);

describe('compose', () => {
  it('lays out A4 with 20/20/30/15 mm margins', () => {
    const l = compose(makeDoc());
    expect(l.page.widthPt).toBeCloseTo(595.28, 1);
    expect(l.page.heightPt).toBeCloseTo(841.89, 1);
    expect(l.page.margins.left).toBeCloseTo(85.04, 1);
    expect(l.page.contentWidthPt).toBeCloseTo(467.72, 1);
  });

  it('draws the motto rule as long as the motto and the issuer rule at 1/3–1/2 of the name', () => {
    const l = compose(makeDoc());
    const motto = textWidthPt('Độc lập - Tự do - Hạnh phúc', { sizePt: 14, bold: true });
    expect(motto / 72 * 25.4).toBeGreaterThan(58);
    expect(motto / 72 * 25.4).toBeLessThan(63);
    expect(rules(l, 'national-rule')[0]!.lengthPt).toBeCloseTo(motto, 0);
    const name = textWidthPt('VĂN PHÒNG', { sizePt: 13, bold: true });
    const issuerRule = rules(l, 'issuer-mark')[0]!.lengthPt;
    expect(issuerRule).toBeGreaterThanOrEqual(name / 3 - 0.1);
    expect(issuerRule).toBeLessThanOrEqual(name / 2 + 0.1);
  });

  it('keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 13 pt on one line in the right column', () => {
    const l = compose(makeDoc());
    const header = l.sections[0]!.blocks[0]!;
    if (header.type !== 'table') throw new Error('header is not a table');
    const national = paras(l, 'national')[0]!;
    expect(national.runs[0]!.sizePt).toBe(13);
    expect(textWidthPt(text(national), national.runs[0]!)).toBeLessThan(header.columnsPt[1]!);
  });

  it('uses "*" and "-----" for the Party, and the Party title rule as long as the title', () => {
    const l = compose(makePartyDoc());
    expect(paras(l, 'issuer-mark').map(text)).toEqual(['*']);
    expect(paras(l, 'summary-mark').map(text)).toEqual(['-----']);
    const title = textWidthPt('ĐẢNG CỘNG SẢN VIỆT NAM', { sizePt: 15, bold: true });
    expect(rules(l, 'national-rule')[0]!.lengthPt).toBeCloseTo(title, 0);
    expect(paras(l, 'number').map(text)).toEqual(['Số 13-CT/TU']);
  });

  it('numbers headings by the rule book and restarts deeper levels', () => {
    const blocks = [
      { type: 'heading', level: 1, title: 'Một' },
      { type: 'heading', level: 2, title: 'a' },
      { type: 'heading', level: 2, title: 'b' },
      { type: 'heading', level: 1, title: 'Hai' },
      { type: 'heading', level: 2, title: 'c' },
      { type: 'heading', level: 3, title: 'd' },
    ] as const;
    const s = compose(makeDoc({ body: [...blocks] }));
    expect(allBlocks(s).filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.role.startsWith('heading')).map(text)).toEqual([
      'I. MỘT', '1. a', '2. b', 'II. HAI', '1. c', 'a) d./.',
    ]);
    const p = compose(makePartyDoc({ body: [...blocks] }));
    expect(allBlocks(p).filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.role.startsWith('heading')).map(text)).toEqual([
      'I- MỘT', '1. a', '2. b', 'II- HAI', '1. c', '1.1. d./.',
    ]);
  });

  it('adds separators to Nơi nhận and the Lưu line by the rule book', () => {
    const s = compose(makeDoc({ recipients: { entries: ['Như trên;', '- LĐVP'], archive: 'Lưu: VT, TH (2).' } }));
    expect(paras(s, 'recipient').map(text)).toEqual(['- Như trên;', '- LĐVP;', '- Lưu: VT, TH (2).']);
    const p36 = compose(makePartyDoc());
    expect(paras(p36, 'recipient').map(text)).toEqual(['- Văn phòng Trung ương Đảng (báo cáo),', '- Các đ/c Tỉnh ủy viên,', '- Lưu Văn phòng Tỉnh ủy.']);
    const p05 = compose(makePartyDoc({ date: '2026-06-02' }));
    expect(paras(p05, 'recipient').map(text)[0]).toBe('- Văn phòng Trung ương Đảng (báo cáo);');
  });

  it('prints the signature block in the rule book styles', () => {
    const s = compose(makeDoc());
    expect(paras(s, 'authority').map(text)).toEqual(['KT. CHÁNH VĂN PHÒNG']);
    expect(paras(s, 'position')[0]!.runs[0]!.bold).toBe(true);
    const p = compose(makePartyDoc());
    expect(paras(p, 'authority').map(text)).toEqual(['T/M BAN THƯỜNG VỤ']);
    expect(paras(p, 'position')[0]!.runs[0]!.bold).toBe(false);
    expect(paras(p, 'signer-name').map(text)).toEqual(['Lê Hữu Phúc']);
  });

  it('puts each appendix in its own section with page numbers restarting', () => {
    const l = compose(makeDoc({ appendices: [{ title: 'Danh sách đơn vị', body: [{ type: 'paragraph', text: 'Nội dung' }] }] }));
    expect(l.sections).toHaveLength(2);
    expect(l.sections[1]!.restartPageNumbers).toBe(true);
    expect(paras(l, 'appendix-label').map(text)).toEqual(['Phụ lục I']);
    expect(text(paras(l, 'appendix-reference')[0]!)).toBe('(Kèm theo Thông báo số 134/TB-VP ngày 13 tháng 02 năm 2019)');
  });

  it('keeps inline emphasis as runs', () => {
    const l = compose(makeDoc({ body: [{ type: 'paragraph', text: 'gồm: Đẩy mạnh và làm tốt', marks: [{ from: 5, to: 13, type: 'italic' }, { from: 17, to: 24, type: 'bold' }] }] }));
    const runs = paras(l, 'body')[0]!.runs;
    expect(runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ['gồm: ', false, false], ['Đẩy mạnh', false, true], [' và ', false, false], ['làm tốt', true, false], ['./.', false, false],
    ]);
  });

  it('reads version-1 markup as marks (the same runs as before)', () => {
    const l = compose(makeDoc({ schemaVersion: 1, body: [{ type: 'paragraph', text: 'gồm: *Đẩy mạnh* và **làm tốt**' }] }));
    const runs = paras(l, 'body')[0]!.runs;
    expect(runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ['gồm: ', false, false], ['Đẩy mạnh', false, true], [' và ', false, false], ['làm tốt', true, false], ['./.', false, false],
    ]);
  });

  it('moves marks with trimmed text, and marks the items and a heading\'s text', () => {
    const l = compose(makeDoc({
      body: [
        { type: 'paragraph', text: '  Một dòng\nhai dòng  ', marks: [{ from: 2, to: 5, type: 'underline' }] },
        { type: 'heading', level: 2, title: 'Về việc:', text: ' tiếp tục làm', marks: [{ from: 1, to: 9, type: 'bold' }] },
        { type: 'list', marker: '-', items: ['không', 'có đậm'], itemMarks: [[], [{ from: 3, to: 6, type: 'bold' }]] },
      ],
    }));
    const body = paras(l, 'body')[0]!;
    expect(body.runs.map((r) => [r.text, r.underline])).toEqual([['Một', true], [' dòng\nhai dòng', false]]);
    const heading = paras(l, 'heading-2')[0]!;
    expect(heading.runs.map((r) => [r.text, r.bold])).toEqual([['1. Về việc:', true], [' ', false], ['tiếp tục', true], [' làm', false]]);
    const items = paras(l, 'list-item');
    expect(items[1]!.runs.map((r) => [r.text, r.bold])).toEqual([['- có ', false], ['đậm', true], ['./.', false]]);
  });
});

describe('urgency stamps', () => {
  it('take NĐ30 fixed frames for the State (KHẨN 20×8, THƯỢNG KHẨN 40×8, HỎA TỐC 30×8 mm)', () => {
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    for (const [mark, w] of [['KHẨN', 20], ['THƯỢNG KHẨN', 40], ['HỎA TỐC', 30]] as const) {
      const l = compose(makeDoc({ marks: { urgency: mark } }));
      const p = paras(l, 'urgency')[0]!;
      expect(text(p)).toBe(mark);
      expect(p.framed).toBe(true);
      expect([mm(p.frame!.widthPt), mm(p.frame!.heightPt)]).toEqual([w, 8]);
    }
  });
  it('are plain bold text under the number for the Party', () => {
    const p = paras(compose(makePartyDoc({ marks: { urgency: 'KHẨN' } })), 'urgency')[0]!;
    expect(p.framed).toBe(false);
    expect(p.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
  });
});

describe('agency names wider than their column', () => {
  it('break into two balanced lines, before "VÀ" where it reads best', () => {
    const issuer = (name: string, doc = makeDoc) => paras(compose(doc({ issuer: { parent: 'UBND TỈNH BẮC GIANG', name } })), 'issuer').map(text);
    expect(issuer('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toEqual(['SỞ THÔNG TIN', 'VÀ TRUYỀN THÔNG']);
    expect(issuer('Sở Khoa học và Công nghệ')).toEqual(['SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
    expect(issuer('VĂN PHÒNG')).toEqual(['VĂN PHÒNG']);
    // A break the drafter typed is kept.
    expect(issuer('SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG')).toEqual(['SỞ THÔNG TIN VÀ', 'TRUYỀN THÔNG']);
    expect(paras(compose(makePartyDoc({ issuer: { parent: 'TỈNH ỦY AN GIANG', name: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' } })), 'issuer').map(text)).toEqual(['BAN TUYÊN GIÁO', 'VÀ DÂN VẬN']);
  });
});
