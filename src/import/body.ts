// The content (ô 6) from lines: numbered headings at the rule book's levels, "-"/"+" lists,
// tab-separated rows as tables, everything else as paragraphs. Lines a copy broke in the middle
// of a sentence are joined back.
import type { Block, StandardFamily } from '../model';
import { PROFILES, defaultProfileId, type LabelScheme } from '../standards';
import type { SourceLine } from './lines';
import { endsClause, isUpper, listMarker, matchNumbered, startsLower, type FoundScheme } from './patterns';

/** The schema's limits, so that a huge paste still makes a valid Document. */
const MAX_BLOCKS = 50000;
const MAX_TABLE_COLUMNS = 20;
const MAX_TABLE_ROWS = 5000;

const SCHEME_OF_LABEL: Record<LabelScheme, FoundScheme> = {
  'roman-dot': 'roman',
  'roman-dash': 'roman',
  'arabic-dot': 'arabic',
  'compound-dot': 'compound',
  'letter-paren': 'letter',
  'letter-compound-paren': 'letter-compound',
};

/**
 * The level a numbering scheme has in the document's rule book (profiles.ts): State I. / 1. /
 * a) / a.1) → 1–4; Party I- / 1. / 1.1. / a) → 1–4. A scheme the book does not use takes the
 * level of its nearest relative: "1.1." in a State text is 3 (under "1."), "a.1)" in a Party
 * text is 4 (under "a)").
 */
export function levelFor(scheme: FoundScheme, family: StandardFamily, isoDate: string): 1 | 2 | 3 | 4 {
  const headings = PROFILES[defaultProfileId(family, isoDate)].body.headings;
  const i = headings.findIndex((h) => SCHEME_OF_LABEL[h.label] === scheme);
  if (i >= 0) return (i + 1) as 1 | 2 | 3 | 4;
  return scheme === 'compound' ? 3 : 4;
}

/**
 * `last`: the item's last source line. The joins look at it, not at the whole text, so that a
 * paragraph of many wrapped lines is read in linear time.
 */
type Item =
  | { kind: 'heading'; scheme: FoundScheme; text: string; last: string }
  | { kind: 'item'; marker: '-' | '+'; text: string; last: string }
  | { kind: 'row'; cells: string[]; text?: undefined }
  | { kind: 'para'; text: string; last: string };

/** Lead-ins and plain titles are short; a numbered point that runs on is text, not a title. */
const TITLE_MAX = 200;
const LEAD_IN_MAX = 120;

/**
 * "Về đánh giá tình hình:" → title. "Về vấn đề tổ chức, bộ máy: Sở Nội vụ chủ trì…" → title
 * "Về vấn đề tổ chức, bộ máy:" and the rest as text. A long point → title '' and text.
 */
export function headingParts(rest: string): { title: string; text?: string } {
  if (!rest) return { title: '' };
  const oneSentence = !/[.!?…]["”’)]*\s+\S/u.test(rest);
  if (rest.length <= TITLE_MAX && oneSentence && !/[.!?…;]$/u.test(rest)) return { title: rest };
  const colon = rest.indexOf(': ');
  if (colon > 0 && colon <= LEAD_IN_MAX && !/[.!?;]\s/u.test(rest.slice(0, colon))) {
    return { title: rest.slice(0, colon + 1), text: rest.slice(colon + 2).trim() };
  }
  return { title: '', text: rest };
}

/** A line at least this long that a copy wrapped, not the drafter. */
const FULL_LINE = 60;
/** The rest of a heading this short, without an end mark, was cut by the wrap ("2. Bộ trưởng" / "Bộ Y tế chỉ đạo …"). */
const CUT_HEADING = 30;

/**
 * Whether the copy wrapped its paragraphs at a fixed width (a PDF or a web page's text), told by
 * how often a line that ends mid-clause runs on into a line that starts in lower case.
 */
function isHardWrapped(lines: readonly SourceLine[]): boolean {
  let long = 0;
  let runOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = (lines[i] as SourceLine).text;
    if (t.length < 40 || t.length > 200) continue;
    long++;
    if (!endsClause(t) && startsLower((lines[i + 1] as SourceLine).text)) runOn++;
  }
  return long >= 8 && runOn * 4 >= long;
}

/** In a hard-wrapped copy, whether `line` runs on from the item above even though it opens with a capital. */
function runsOn(prev: Item, line: SourceLine): boolean {
  if (line.blankBefore || prev.kind === 'row' || !prev.text || endsClause(prev.last) || isUpper(prev.last)) return false;
  if (prev.kind === 'heading') return prev.text.length <= CUT_HEADING && line.text.length >= FULL_LINE - 10;
  return prev.last.length >= FULL_LINE;
}

function classify(lines: readonly SourceLine[]): Item[] {
  const items: Item[] = [];
  const hardWrapped = isHardWrapped(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (line.cells.length >= 2 && line.cells.length <= MAX_TABLE_COLUMNS) {
      items.push({ kind: 'row', cells: line.cells });
      continue;
    }
    const numbered = matchNumbered(text);
    if (numbered) {
      let rest = numbered.rest;
      // "I-" alone with its title on the next line.
      const next = lines[i + 1];
      if (!rest && next && next.cells.length < 2 && !matchNumbered(next.text) && !listMarker(next.text)) {
        rest = next.text;
        i++;
      }
      items.push({ kind: 'heading', scheme: numbered.scheme, text: rest, last: rest });
      continue;
    }
    const marker = listMarker(text);
    if (marker) {
      items.push({ kind: 'item', marker: marker.marker, text: marker.rest, last: marker.rest });
      continue;
    }
    const prev = items[items.length - 1];
    // A sentence broken by the copy: "…Đảng uỷ trực" / "thuộc Tỉnh ủy phát huy…".
    if (prev && prev.kind !== 'row' && prev.text && ((startsLower(text) && !endsClause(prev.last)) || (hardWrapped && runsOn(prev, line)))) {
      prev.text = `${prev.text} ${text}`;
      prev.last = text;
      continue;
    }
    items.push({ kind: 'para', text, last: text });
  }
  return items;
}

export interface BodyResult {
  blocks: Block[];
  headings: number;
}

export function parseBody(lines: readonly SourceLine[], family: StandardFamily, isoDate: string): BodyResult {
  const blocks: Block[] = [];
  let headings = 0;
  const items = classify(lines);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    switch (item.kind) {
      case 'heading': {
        const parts = headingParts(item.text);
        blocks.push({ type: 'heading', level: levelFor(item.scheme, family, isoDate), title: parts.title, ...(parts.text !== undefined ? { text: parts.text } : {}) });
        headings++;
        break;
      }
      case 'item': {
        const last = blocks[blocks.length - 1];
        const prevItem = items[i - 1];
        // Consecutive items with the same marker form one list.
        if (last?.type === 'list' && last.marker === item.marker && prevItem?.kind === 'item') last.items.push(item.text);
        else blocks.push({ type: 'list', marker: item.marker, items: [item.text] });
        break;
      }
      case 'row': {
        const group: string[][] = [item.cells];
        while (items[i + 1]?.kind === 'row' && group.length < MAX_TABLE_ROWS + 1) {
          group.push((items[i + 1] as { cells: string[] }).cells);
          i++;
        }
        if (group.length === 1) {
          // One tabbed line is not a table: its columns read as one paragraph.
          blocks.push({ type: 'paragraph', text: item.cells.join(' ') });
          break;
        }
        const width = Math.max(...group.map((r) => r.length));
        const header = [...(group[0] as string[])];
        while (header.length < width) header.push('');
        blocks.push({ type: 'table', header, rows: group.slice(1) });
        break;
      }
      case 'para':
        blocks.push({ type: 'paragraph', text: item.text });
        break;
    }
  }
  return { blocks: capBlocks(blocks), headings };
}

/** Paragraphs beyond the schema's block limit are kept, joined into the last one. */
export function capBlocks(blocks: Block[]): Block[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  const kept = blocks.slice(0, MAX_BLOCKS - 1);
  const rest = blocks.slice(MAX_BLOCKS - 1).map(blockText).filter(Boolean);
  kept.push({ type: 'paragraph', text: rest.join('\n') });
  return kept;
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return [block.title, block.text ?? ''].filter(Boolean).join(' ');
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((it) => `${block.marker} ${it}`).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((r) => r.join('\t')).join('\n');
    case 'indicators':
      return block.rows.map((r) => [r.name, r.unit, r.plan, r.actual, r.previous].map((v) => v ?? '').join('\t')).join('\n');
  }
}

/** "…chỉ đạo./." → "…chỉ đạo.": compose puts the rule book's end mark back. */
export function stripEndMark(blocks: Block[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (block.type === 'table' || block.type === 'indicators') return;
    const strip = (s: string): string => {
      const m = /\s*\.?\s*\/\s*\.\s*$/u.exec(s);
      if (!m) return s;
      const base = s.slice(0, m.index);
      return base && !/[.?!…]$/u.test(base) ? `${base}.` : base;
    };
    if (block.type === 'paragraph') {
      block.text = strip(block.text);
      if (!block.text) blocks.splice(i, 1);
    } else if (block.type === 'list') {
      const last = block.items.length - 1;
      block.items[last] = strip(block.items[last] ?? '');
      if (!block.items[last]) block.items.pop();
      if (block.items.length === 0) blocks.splice(i, 1);
    } else if (block.text !== undefined) {
      block.text = strip(block.text);
    } else {
      block.title = strip(block.title);
    }
    return;
  }
}
