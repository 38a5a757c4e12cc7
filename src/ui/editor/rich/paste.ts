// What lands on the clipboard from Word, LibreOffice, a web page or a text editor → the model's
// blocks. The HTML is read for its structure only — paragraphs, line breaks, lists, tables and
// bold/italic/underline, and a table's column proportions and alignment; fonts, colours, sizes,
// shading and Word's mso- styles are dropped. Each paragraph is then recognised by the import's
// own recognisers (a numbered heading by its label, a "-"/"+" item by its marker), so a paste
// reads as an import of the same text would.
import type { Block, Mark, MarkType, StandardFamily } from '../../../model';
import { normaliseMarks, sliceMarks } from '../../../model';
import { headingParts, levelFor, parseBody } from '../../../import/body';
import { readLines } from '../../../import/lines';
import { listMarker, matchNumber, matchNumbered, NATIONAL, RECIPIENTS_LABEL } from '../../../import/patterns';

export interface PasteContext {
  family: StandardFamily;
  /** The document's date (ISO), which picks the Party rule book and so the heading levels. */
  date: string;
}

interface Line {
  text: string;
  marks: Mark[];
  /** A list item of an HTML list: "-" at the first level, "+" below it. */
  listLevel?: number;
  /** An HTML heading (h1–h6) without a label of its own. */
  headingLevel?: number;
}

type Align = 'left' | 'center' | 'right';
type Piece = { kind: 'line'; line: Line } | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[]; align?: Align[] };

const MAX_COLUMNS = 20;
const MAX_ROWS = 5000;
const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'DD', 'DT', 'DL', 'CENTER', 'TITLE']);
const SKIP_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'META', 'LINK', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'IMG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'CANVAS']);
/** Word's bullet glyphs in its Symbol, Wingdings and Courier New fonts, as they reach the clipboard. */
const WORD_BULLETS = /^[·•§o▪■●◦○\uF0B7\uF0A7\uF0D8\uF076]$/u;

interface Style {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** The marks an element turns on or off: its tag's meaning, overridden by its own inline style. */
function styleOf(el: Element, parent: Style): Style {
  const s = { ...parent };
  const tag = el.tagName.toUpperCase();
  if (tag === 'B' || tag === 'STRONG') s.bold = true;
  if (tag === 'I' || tag === 'EM') s.italic = true;
  if (tag === 'U' || tag === 'INS') s.underline = true;
  const css = (el.getAttribute('style') ?? '').toLowerCase();
  const weight = /(?:^|[;\s])font-weight\s*:\s*([a-z0-9]+)/u.exec(css)?.[1];
  // Google Docs wraps a whole paste in <b style="font-weight:normal">; Word's own
  // "mso-bidi-font-weight:normal" is about other scripts and is not this property.
  if (weight) s.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /(?:^|[;\s])font-style\s*:\s*([a-z]+)/u.exec(css)?.[1];
  if (fontStyle) s.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = /(?:^|[;\s])text-decoration(?:-line)?\s*:\s*([^;]+)/u.exec(css)?.[1];
  if (decoration) s.underline = decoration.includes('underline');
  return s;
}

/** Word's list label (its mso-list:Ignore span): kept as text, its bullet glyph as "-" or "+". */
function isWordListLabel(el: Element): boolean {
  return /mso-list\s*:\s*ignore/iu.test(el.getAttribute('style') ?? '');
}

class LineBuilder {
  text = '';
  marks: Mark[] = [];
  add(text: string, style: Style): void {
    if (!text) return;
    const from = this.text.length;
    this.text += text;
    const to = this.text.length;
    (['bold', 'italic', 'underline'] as const satisfies readonly MarkType[]).forEach((type) => {
      if (style[type]) this.marks.push({ from, to, type });
    });
  }
}

/** Whitespace as a browser shows it: runs of spaces, tabs and newlines are one space. */
function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/gu, ' ').replace(/\u00a0/gu, ' ');
}

/**
 * A line's text without spaces and breaks at its ends nor spaces beside a line break, its marks
 * kept on the characters that stay.
 */
function trimLine(line: Line): Line {
  const src = line.text;
  const isWs = (c: string | undefined) => c === ' ' || c === '\n';
  let first = 0;
  while (first < src.length && isWs(src[first])) first++;
  let last = src.length - 1;
  while (last >= first && isWs(src[last])) last--;
  const keep: number[] = [];
  for (let i = first; i <= last; i++) {
    if (src[i] === ' ') {
      let j = i;
      while (src[j] === ' ') j++;
      let k = i;
      while (src[k] === ' ') k--;
      if (src[j] === '\n' || src[k] === '\n') continue;
      // Runs of spaces are one.
      if (src[i - 1] === ' ' && keep[keep.length - 1] === i - 1) continue;
    }
    keep.push(i);
  }
  const text = keep.map((i) => src[i]).join('');
  const marks: Mark[] = [];
  keep.forEach((i, out) => {
    for (const m of line.marks) if (m.from <= i && i < m.to) marks.push({ from: out, to: out + 1, type: m.type });
  });
  return { ...line, text, marks: normaliseMarks(marks, text.length) };
}

function readHtml(html: string): Piece[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pieces: Piece[] = [];
  let current: LineBuilder | null = null;
  let currentMeta: Pick<Line, 'listLevel' | 'headingLevel'> = {};
  const flush = () => {
    if (current && current.text.trim()) pieces.push({ kind: 'line', line: trimLine({ text: current.text, marks: current.marks, ...currentMeta }) });
    current = null;
    currentMeta = {};
  };
  const line = (): LineBuilder => (current ??= new LineBuilder());

  const walk = (node: Node, style: Style, listDepth: number): void => {
    if (node.nodeType === 3) {
      line().add(collapse(node.textContent ?? ''), style);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(el.tagName)) return;
    if (tag === 'BR') {
      line().add('\n', style);
      return;
    }
    if (tag === 'TABLE') {
      flush();
      pieces.push(readTable(el));
      return;
    }
    if (isWordListLabel(el)) {
      const label = collapse(el.textContent ?? '').trim();
      // Word's own bullets: its first level "-", deeper ones "+", as the rule book writes them.
      const level = Number(/level(\d+)/u.exec(el.closest('p')?.getAttribute('style') ?? '')?.[1] ?? '1');
      line().add(WORD_BULLETS.test(label) ? (level > 1 ? '+ ' : '- ') : `${label} `, style);
      return;
    }
    const s = styleOf(el, style);
    if (tag === 'UL' || tag === 'OL') {
      flush();
      el.childNodes.forEach((c) => walk(c, s, listDepth + 1));
      flush();
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (tag === 'LI') currentMeta = { listLevel: Math.max(1, listDepth) };
      const h = /^H([1-6])$/u.exec(tag);
      if (h) currentMeta = { headingLevel: Number(h[1]) };
      const meta = currentMeta;
      el.childNodes.forEach((c) => {
        walk(c, s, listDepth);
        // A nested list inside an item ended the item's line: later text is a line of its own.
        if (!current) currentMeta = {};
      });
      if (current) currentMeta = meta;
      flush();
      return;
    }
    el.childNodes.forEach((c) => walk(c, s, listDepth));
  };

  walk(doc.body, { bold: false, italic: false, underline: false }, 0);
  flush();
  return pieces;
}

function readTable(table: Element): Piece {
  const rows: string[][] = [];
  const cellRows: Element[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    // Only this table's own rows: a nested table's cells are read as its cell's text.
    if (tr.closest('table') !== table) continue;
    const cells = Array.from(tr.children)
      .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .slice(0, MAX_COLUMNS);
    cellRows.push(cells);
    rows.push(cells.map(cellText));
  }
  const width = Math.max(1, ...rows.map((r) => r.length));
  const full = rows.slice(0, MAX_ROWS + 1).map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
  const piece: Piece = { kind: 'table', header: full[0] ?? [''], rows: full.slice(1) };
  // The columns' proportions and the body cells' alignment, as the table had them (Word's
  // 59/24/17 % columns, its centred dates): equal left-aligned columns would wrap a long first
  // column beside empty ones.
  const widths = columnWidths(cellRows[0] ?? [], width);
  if (widths) piece.widths = widths;
  const align = columnAlign(cellRows.slice(1, MAX_ROWS + 1), width);
  if (align) piece.align = align;
  return piece;
}

const LENGTH_PT: Record<string, number> = { pt: 1, px: 0.75, cm: 72 / 2.54, mm: 72 / 25.4, in: 72 };

/** A cell's width: its style's width, else its width attribute (a number is pixels), in pt or %. */
function cellWidth(cell: Element): { value: number; unit: 'pt' | '%' } | null {
  const css = /(?:^|[;\s])width\s*:\s*([\d.]+)\s*(pt|px|cm|mm|in|%)/iu.exec(cell.getAttribute('style') ?? '');
  const attr = /^\s*([\d.]+)\s*(%|px)?\s*$/u.exec(cell.getAttribute('width') ?? '');
  const [, n, unit] = css ?? (attr ? [attr[0], attr[1], attr[2] ?? 'px'] : []);
  const value = Number(n);
  if (!unit || !Number.isFinite(value) || value <= 0) return null;
  const u = unit.toLowerCase();
  return u === '%' ? { value, unit: '%' } : { value: value * (LENGTH_PT[u] ?? 1), unit: 'pt' };
}

/** Relative column widths from the first row, when every column has one in one kind of unit and they differ. */
function columnWidths(first: Element[], columns: number): number[] | undefined {
  if (first.length !== columns || first.some((c) => Number(c.getAttribute('colspan') ?? '1') > 1)) return undefined;
  const found = first.map(cellWidth);
  if (found.some((w) => w === null)) return undefined;
  const ws = found as { value: number; unit: 'pt' | '%' }[];
  if (ws.some((w) => w.unit !== ws[0]!.unit)) return undefined;
  const values = ws.map((w) => Math.round(w.value * 10) / 10);
  return values.every((v) => v === values[0]) ? undefined : values;
}

/** A cell's alignment: its own, else that of its first paragraph (Word puts it on the <p>). */
function cellAlign(cell: Element): Align | null {
  const of = (el: Element | null): Align | null => {
    if (!el) return null;
    const v = (/(?:^|[;\s])text-align\s*:\s*([a-z]+)/iu.exec(el.getAttribute('style') ?? '')?.[1] ?? el.getAttribute('align') ?? '').toLowerCase();
    return v === 'center' || v === 'middle' ? 'center' : v === 'right' ? 'right' : v === 'left' || v === 'justify' ? 'left' : null;
  };
  return of(cell) ?? of(cell.querySelector('p, div, h1, h2, h3, h4, h5, h6, li'));
}

/** Each column's alignment where all of its body cells with text agree; undefined when all are left. */
function columnAlign(body: Element[][], columns: number): Align[] | undefined {
  const align = Array.from({ length: columns }, (_, c): Align => {
    const seen = new Set(body.map((r) => r[c]).filter((cell): cell is Element => !!cell && !!cell.textContent?.trim()).map((cell) => cellAlign(cell) ?? 'left'));
    return seen.size === 1 ? [...seen][0]! : 'left';
  });
  return align.some((a) => a !== 'left') ? align : undefined;
}

function cellText(cell: Element): string {
  const parts = readHtml(cell.innerHTML)
    .map((p) => (p.kind === 'line' ? p.line.text : [p.header, ...p.rows].map((r) => r.join(' ')).join('\n')))
    .filter(Boolean);
  return parts.join('\n');
}

/** Recognise one line the way the import does: a numbered heading, a list item, a paragraph. */
function classify(line: Line, ctx: PasteContext): { kind: 'heading' | 'item' | 'para'; block: Block; marker?: '-' | '+' } {
  const { text, marks } = line;
  const numbered = !line.listLevel ? matchNumbered(text) : null;
  if (numbered) {
    const restStart = text.trimEnd().length - numbered.rest.length;
    const parts = headingParts(numbered.rest);
    const heading: Block = { type: 'heading', level: levelFor(numbered.scheme, ctx.family, ctx.date), title: parts.title };
    if (parts.text) {
      const textStart = restStart + numbered.rest.length - parts.text.length;
      heading.text = parts.text;
      const m = sliceMarks(marks, textStart, textStart + parts.text.length);
      if (m.length) heading.marks = m;
    }
    return { kind: 'heading', block: heading };
  }
  const marker = listMarker(text);
  if (marker || line.listLevel) {
    const rest = marker ? marker.rest : text;
    const start = text.trimEnd().length - rest.length;
    const m = sliceMarks(marks, start, start + rest.length);
    const mk: '-' | '+' = marker ? marker.marker : (line.listLevel ?? 1) > 1 ? '+' : '-';
    const block: Block = { type: 'list', marker: mk, items: [rest] };
    if (m.length) block.itemMarks = [m];
    return { kind: 'item', block, marker: mk };
  }
  if (line.headingLevel) {
    const level = Math.min(4, Math.max(1, line.headingLevel - 1));
    return { kind: 'heading', block: { type: 'heading', level, title: text.replace(/\n/gu, ' ') } };
  }
  return { kind: 'para', block: marks.length ? { type: 'paragraph', text, marks } : { type: 'paragraph', text } };
}

/** Clipboard HTML → blocks. */
export function blocksFromHtml(html: string, ctx: PasteContext): Block[] {
  const out: Block[] = [];
  let lastWasItem = false;
  for (const piece of readHtml(html)) {
    if (piece.kind === 'table') {
      const table: Block = { type: 'table', header: piece.header, rows: piece.rows };
      if (piece.widths) table.widths = piece.widths;
      if (piece.align) table.align = piece.align;
      out.push(table);
      lastWasItem = false;
      continue;
    }
    const c = classify(piece.line, ctx);
    const prev = out[out.length - 1];
    // Consecutive items with the same marker are one list, as the import makes them.
    if (c.kind === 'item' && lastWasItem && prev?.type === 'list' && prev.marker === c.marker && c.block.type === 'list') {
      const itemMarks = c.block.itemMarks?.[0] ?? [];
      if (itemMarks.length || prev.itemMarks) prev.itemMarks = [...(prev.itemMarks ?? prev.items.map(() => [])), itemMarks];
      prev.items.push(c.block.items[0] ?? '');
    } else out.push(c.block);
    lastWasItem = c.kind === 'item';
  }
  return out;
}

/** Plain text → blocks, exactly as the import reads a body. */
export function blocksFromText(text: string, ctx: PasteContext): Block[] {
  return parseBody(readLines(text), ctx.family, ctx.date).blocks;
}

/** The clipboard's text as lines, from its HTML when there is some. */
export function clipboardText(html: string | null, text: string | null): string {
  if (text && text.trim()) return text;
  if (!html) return '';
  return readHtml(html)
    .map((p) => (p.kind === 'line' ? p.line.text : [p.header, ...p.rows].map((r) => r.join('\t')).join('\n')))
    .join('\n');
}

/**
 * A whole document rather than a piece of content: it has a header (the national or Party
 * title, or the "Số: …" line when a copy lost the title) and a "Nơi nhận" — what the import
 * screen is for.
 */
export function looksLikeWholeDocument(text: string): boolean {
  const lines = text.split(/\r\n?|\n/u).map((l) => l.trim());
  const header = lines.slice(0, 40).some((l) => NATIONAL.some((n) => n.re.test(l)) || (l.length < 300 && matchNumber(l) !== null));
  const recipients = lines.some((l) => RECIPIENTS_LABEL.test(l));
  return header && recipients;
}
