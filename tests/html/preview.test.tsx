// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Layout, LayoutBlock, ParagraphBlock, RuleBlock } from '../../src/compose';
import { compose } from '../../src/compose';
import type { Block } from '../../src/model';
import { Preview } from '../../src/render/html';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: ReturnType<typeof createRoot> | undefined;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  host.remove();
  vi.restoreAllMocks();
});

function render(layout: Layout, scale = 0.7): HTMLElement {
  act(() => {
    root ??= createRoot(host);
    root.render(<Preview layout={layout} scale={scale} />);
  });
  return host;
}

/** The drawn pages (the measuring container holds copies of new blocks). */
const pages = (el: HTMLElement): HTMLElement[] => Array.from(el.querySelectorAll<HTMLElement>('.vb-pages .vb-page'));
const onPages = (el: HTMLElement, selector: string): HTMLElement[] => Array.from(el.querySelectorAll<HTMLElement>(`.vb-pages ${selector}`));
const text = (el: HTMLElement, role: string): string[] => onPages(el, `[data-role="${role}"]`).map((e) => e.textContent ?? '');

function allBlocks(layout: Layout): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const walk = (b: LayoutBlock): void => {
    out.push(b);
    if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) c.blocks.forEach(walk);
  };
  for (const s of layout.sections) s.blocks.forEach(walk);
  return out;
}

/**
 * jsdom lays nothing out: give the measured elements heights from their own inline styles, as a
 * browser would — body paragraphs take `bodyLines` lines, other paragraphs one, table rows 15 pt.
 */
let bodyLines = 1;
function fakeLayout(lines: number): void {
  bodyLines = lines;
  if (vi.isMockFunction(Element.prototype.getBoundingClientRect)) return;
  const num = (v: string): number => parseFloat(v) || 0;
  const blockPt = (el: HTMLElement): number => {
    const s = el.style;
    const pads = num(s.paddingTop) + num(s.paddingBottom);
    if (el.classList.contains('vb-p')) {
      const lh = s.lineHeight.endsWith('pt') ? num(s.lineHeight) : num(s.lineHeight) * num(s.fontSize);
      return pads + (el.dataset.role === 'body' ? bodyLines : 1) * lh;
    }
    if (el.classList.contains('vb-rule')) return pads + num((el.firstElementChild as HTMLElement).style.borderTop);
    if (el.classList.contains('vb-table')) return pads + el.querySelectorAll('tr').length * 15;
    return 0;
  };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const px =
      this.tagName === 'TR' ? 15 / 0.75 : this.firstElementChild instanceof HTMLElement ? blockPt(this.firstElementChild) / 0.75 : 0;
    return { x: 0, y: 0, top: 0, left: 0, right: 0, width: 0, bottom: px, height: px, toJSON: () => ({}) } as DOMRect;
  });
}

function longBody(paragraphs: number): Block[] {
  const body: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 3 === 0) body.push({ type: 'heading', level: 1, title: `Mục ${i / 3 + 1}` });
    body.push({ type: 'paragraph', text: `Đoạn số ${i + 1} của phần nội dung văn bản.` });
  }
  return body;
}

describe('Preview: the State fixture', () => {
  const layout = compose(makeDoc({ marks: { urgency: 'KHẨN' } }));

  it('draws the header table: issuer block beside the national header, number beside place and date', () => {
    const el = render(layout);
    expect(pages(el)).toHaveLength(1);
    expect(text(el, 'parent')).toEqual(['UBND TỈNH KIÊN GIANG']);
    expect(text(el, 'issuer')).toEqual(['VĂN PHÒNG']);
    expect(text(el, 'national')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(text(el, 'number')).toEqual(['Số: 134/TB-VP']);
    expect(text(el, 'place-date')).toEqual(['Kiên Giang, ngày 13 tháng 02 năm 2019']);
    const header = onPages(el, '[data-role="header-table"]')[0] as HTMLElement;
    const rows = header.querySelectorAll('tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.children[0]?.querySelector('[data-role="issuer"]')).not.toBeNull();
    expect(rows[0]?.children[1]?.querySelector('[data-role="national"]')).not.toBeNull();
    expect(rows[1]?.children[0]?.querySelector('[data-role="number"]')).not.toBeNull();
    expect(rows[1]?.children[1]?.querySelector('[data-role="place-date"]')).not.toBeNull();
    // Column widths in points, as composed.
    const cols = Array.from(header.querySelectorAll('col'), (c) => parseFloat(c.style.width));
    const table = layout.sections[0]?.blocks[0];
    expect(table?.type).toBe('table');
    if (table?.type === 'table') table.columnsPt.forEach((w, i) => expect(cols[i]).toBeCloseTo(w, 2));
  });

  it('gives every block of the Layout its data-role on the page', () => {
    const el = render(layout);
    const roles = new Set(allBlocks(layout).map((b) => b.role));
    for (const role of roles) expect(onPages(el, `[data-role="${role}"]`).length, role).toBeGreaterThan(0);
  });

  it('draws each rule as a line of its length and thickness, not as characters', () => {
    const el = render(layout);
    const rules = allBlocks(layout).filter((b): b is RuleBlock => b.type === 'rule');
    expect(rules.map((r) => r.role).sort()).toEqual(['issuer-mark', 'national-rule', 'summary-mark']);
    for (const r of rules) {
      const drawn = onPages(el, `[data-role="${r.role}"]`)[0] as HTMLElement;
      const line = drawn.firstElementChild as HTMLElement;
      expect(parseFloat(line.style.width), r.role).toBeCloseTo(r.lengthPt, 3);
      expect(line.style.width.endsWith('pt')).toBe(true);
      expect(parseFloat(line.style.borderTop)).toBeCloseTo(r.thicknessPt, 3);
      expect(drawn.textContent).toBe('');
    }
  });

  it('maps paragraph formatting: centred bold title, justified body with first-line indent, hanging recipients', () => {
    const el = render(layout);
    const title = onPages(el, '[data-role="type-name"]')[0] as HTMLElement;
    expect(title.style.textAlign).toBe('center');
    expect(title.style.fontSize).toBe('14pt');
    expect((title.firstElementChild as HTMLElement).style.fontWeight).toBe('700');

    const bodyBlock = layout.sections[0]?.blocks.find((b) => b.role === 'body') as ParagraphBlock;
    const body = onPages(el, '[data-role="body"]')[0] as HTMLElement;
    expect(body.style.textAlign).toBe('justify');
    expect(parseFloat(body.style.textIndent)).toBeCloseTo(bodyBlock.firstLineIndentPt, 2);
    expect(parseFloat(body.style.paddingTop)).toBeCloseTo(bodyBlock.spaceBeforePt, 2);
    // Word's single line for Times New Roman.
    expect(body.style.lineHeight).toBe('1.15');

    const recipient = onPages(el, '[data-role="recipient"]')[0] as HTMLElement;
    const r = layout.sections[0]?.blocks.find((b) => b.role === 'closing-table');
    const rb = r?.type === 'table' ? (r.rows[0]?.cells[0]?.blocks[1] as ParagraphBlock) : undefined;
    expect(parseFloat(recipient.style.paddingLeft)).toBeCloseTo(rb?.leftIndentPt ?? NaN, 2);
    expect(parseFloat(recipient.style.textIndent)).toBeCloseTo(-(rb?.hangingPt ?? NaN), 2);
    expect(recipient.style.fontSize).toBe('11pt');

    const label = onPages(el, '[data-role="recipients-label"] span')[0] as HTMLElement;
    expect(label.style.fontStyle).toBe('italic');
    expect(label.style.fontWeight).toBe('700');
  });

  it('puts Nơi nhận and the signature block side by side in one row', () => {
    const el = render(layout);
    const closing = onPages(el, '[data-role="closing-table"]')[0] as HTMLElement;
    const cells = closing.querySelectorAll('tr > td');
    expect(cells).toHaveLength(2);
    expect(cells[0]?.textContent).toContain('Nơi nhận:');
    expect(cells[1]?.querySelector('[data-role="authority"]')?.textContent).toBe('KT. CHÁNH VĂN PHÒNG');
    expect(cells[1]?.querySelector('[data-role="signer-name"]')?.textContent).toBe('Huỳnh Vĩnh Lạc');
    // The signature space: empty lines that still take room.
    expect(cells[1]?.querySelectorAll('[data-role="signature-space"] br').length).toBeGreaterThan(0);
  });

  it('frames the urgency stamp', () => {
    const el = render(layout);
    const stamp = onPages(el, '[data-role="urgency"] .vb-frame')[0] as HTMLElement;
    expect(stamp.textContent).toBe('KHẨN');
    expect(stamp.style.border).toMatch(/pt solid/);
  });

  it('draws no page number on the first page', () => {
    const el = render(layout);
    expect(pages(el)[0]?.querySelector('.vb-page-number')).toBeNull();
  });

  it('keeps the spaces of a blank number', () => {
    const el = render(compose(makeDoc({ number: { value: null, issuerCode: 'VP' } })));
    const number = text(el, 'number')[0] ?? '';
    expect(number).toMatch(/^Số: {2,}\/TB-VP$/u);
  });

  it('draws the pages at true size, scaled as a whole', () => {
    const el = render(layout, 0.6);
    const page = pages(el)[0] as HTMLElement;
    expect(parseFloat(page.style.width)).toBeCloseTo(layout.page.widthPt, 2);
    expect(parseFloat(page.style.height)).toBeCloseTo(layout.page.heightPt, 2);
    expect(page.style.transform).toBe('scale(0.6)');
    const frame = page.parentElement as HTMLElement;
    expect(parseFloat(frame.style.width)).toBeCloseTo(layout.page.widthPt * 0.6, 2);
    const content = page.querySelector('.vb-content') as HTMLElement;
    expect(parseFloat(content.style.top)).toBeCloseTo(layout.page.margins.top, 2);
    expect(parseFloat(content.style.left)).toBeCloseTo(layout.page.margins.left, 2);
    expect(parseFloat(content.style.width)).toBeCloseTo(layout.page.contentWidthPt, 2);
  });

  it('marks the update cycle for a benchmark', () => {
    const before = performance.getEntriesByName('preview:update').length;
    render(layout);
    render(compose(makeDoc({ place: 'Rạch Giá' })));
    expect(performance.getEntriesByName('preview:update').length).toBe(before + 2);
    expect(text(host, 'place-date')[0]).toMatch(/^Rạch Giá, /u);
  });
});

describe('Preview: the Party fixture', () => {
  const layout = compose(makePartyDoc());

  it('draws the Party header, the star, the title block and the dashes', () => {
    const el = render(layout);
    expect(text(el, 'national')).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(text(el, 'issuer')).toEqual(['TỈNH ỦY QUẢNG TRỊ']);
    expect(text(el, 'issuer-mark')).toEqual(['*']);
    expect(text(el, 'number')).toEqual(['Số 13-CT/TU']);
    expect(text(el, 'type-name')).toEqual(['CHỈ THỊ']);
    expect(text(el, 'author')).toEqual(['CỦA BAN THƯỜNG VỤ TỈNH ỦY']);
    expect(text(el, 'summary-mark')).toEqual(['-----']);
    expect(onPages(el, '[data-role="national-rule"]')).toHaveLength(1);
  });

  it('uses the exact body line spacing and underlines Nơi nhận', () => {
    const el = render(layout);
    const body = onPages(el, '[data-role="body"]')[0] as HTMLElement;
    expect(body.style.lineHeight).toBe('18pt');
    const label = onPages(el, '[data-role="recipients-label"] span')[0] as HTMLElement;
    expect(label.style.textDecoration).toBe('underline');
    expect(label.style.fontStyle).toBe('');
  });

  it('gives every block its data-role and draws no page number on page 1', () => {
    const el = render(layout);
    for (const role of new Set(allBlocks(layout).map((b) => b.role))) expect(onPages(el, `[data-role="${role}"]`).length, role).toBeGreaterThan(0);
    expect(pages(el)).toHaveLength(1);
    expect(el.querySelector('.vb-page-number')).toBeNull();
  });
});

describe('Preview: pagination with measured heights', () => {
  it('numbers pages from 2, restarts in an appendix, splits long paragraphs and keeps the closing whole', () => {
    fakeLayout(9);
    const doc = makeDoc({
      body: longBody(24),
      appendices: [{ title: 'Danh mục', body: longBody(9) }],
    });
    const layout = compose(doc);
    const el = render(layout);
    const all = pages(el);
    expect(all.length).toBeGreaterThan(4);

    const numbers = all.map((p) => p.querySelector('.vb-page-number')?.textContent ?? null);
    const sections = all.map((p) => p.dataset.section);
    const firstAppendix = sections.indexOf('1');
    expect(firstAppendix).toBeGreaterThan(1);
    // Main section: none on page 1, then 2, 3, …
    expect(numbers.slice(0, firstAppendix)).toEqual([null, ...Array.from({ length: firstAppendix - 1 }, (_, i) => String(i + 2))]);
    // The appendix starts a new page and counts again from 1 (not drawn on its first page).
    expect(numbers[firstAppendix]).toBeNull();
    expect(numbers.slice(firstAppendix + 1)).toEqual(Array.from({ length: all.length - firstAppendix - 1 }, (_, i) => String(i + 2)));
    expect(all[firstAppendix]?.querySelector('[data-role="appendix-label"]')).not.toBeNull();

    // The page number sits in the top margin, at the header distance, in its size.
    const n2 = all[1]?.querySelector<HTMLElement>('.vb-page-number');
    expect(parseFloat(n2?.style.top ?? '')).toBeCloseTo(layout.page.headerDistancePt, 2);
    expect(n2?.style.fontSize).toBe(`${layout.pageNumber.sizePt}pt`);

    // Some paragraph runs over a page break: its parts are shown as clipped line ranges.
    const parts = onPages(el, '.vb-part');
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const [from, to] = (part.dataset.part ?? '').split('-').map(Number);
      expect(to).toBeGreaterThan(from ?? Infinity);
    }

    // The closing table is drawn once, whole, on the same page as the end of the content.
    const closings = onPages(el, '[data-role="closing-table"]');
    expect(closings).toHaveLength(1);
    const closingPage = closings[0]?.closest('.vb-page');
    const lastBody = onPages(el, '[data-role="body"]').filter((b) => b.closest('.vb-page')?.getAttribute('data-section') === '0').at(-1);
    expect(lastBody?.textContent).toMatch(/\.\/\.$/u);
    expect(lastBody?.closest('.vb-page')).toBe(closingPage);

    // Headings are never the last block of a page.
    for (const p of all) {
      const blocks = p.querySelector('.vb-content')?.children;
      const last = blocks?.[blocks.length - 1];
      const role = last?.getAttribute('data-role') ?? last?.querySelector('[data-role]')?.getAttribute('data-role');
      expect(role).not.toBe('heading-1');
    }
  });

  it('re-paginates when a paragraph grows', () => {
    fakeLayout(30);
    const el = render(compose(makeDoc({ body: longBody(3) })));
    const before = pages(el).length;
    fakeLayout(60);
    // New content, so the grown paragraphs are measured afresh.
    render(compose(makeDoc({ body: longBody(3).map((b) => (b.type === 'paragraph' ? { ...b, text: `${b.text} Thêm.` } : b)) })));
    expect(pages(el).length).toBeGreaterThan(before);
  });
});

describe('Preview: the container', () => {
  /** A ResizeObserver stand-in that reports when told to. */
  function observeResizes(): () => void {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          callbacks.push(cb);
        }
        observe(): void {}
        disconnect(): void {}
      },
    );
    return () => act(() => callbacks.forEach((cb) => cb()));
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    delete (HTMLElement.prototype as { checkVisibility?: unknown }).checkVisibility;
  });

  it('fits the page width to the container when no scale is given', () => {
    const resize = observeResizes();
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    const layout = compose(makeDoc());
    act(() => {
      root ??= createRoot(host);
      root.render(<Preview layout={layout} />);
    });
    // (600 − 2 × 16 px) / (595.3 pt = 793.7 px) = 0.715
    expect(pages(host)[0]?.style.transform).toBe('scale(0.715)');
    width.mockReturnValue(432);
    resize();
    expect(pages(host)[0]?.style.transform).toBe('scale(0.503)');
  });

  it('measures once the preview is shown when it was rendered hidden', () => {
    const resize = observeResizes();
    let visible = false;
    (HTMLElement.prototype as { checkVisibility?: () => boolean }).checkVisibility = () => visible;
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(0);
    const el = render(compose(makeDoc()));
    expect(pages(el)).toHaveLength(0);
    visible = true;
    width.mockReturnValue(800);
    resize();
    expect(pages(el)).toHaveLength(1);
    expect(text(el, 'issuer')).toEqual(['VĂN PHÒNG']);
  });
});

