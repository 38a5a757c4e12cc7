// Inline marks: bold, italic and underline over spans of a block's text. Offsets are UTF-16 code
// units (JavaScript string indices), so a span is text.slice(from, to). In normal form the marks
// of one text are sorted by `from` (then type), each from < to within the text, and two marks of
// one type neither overlap nor touch (they would be one mark). Pure: imports nothing of ours but zod.
import { z } from './zod';
import { cleanText } from './text';

export const MARK_TYPES = ['bold', 'italic', 'underline'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

export interface Mark {
  from: number;
  to: number;
  type: MarkType;
}

export const markSchema = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(1),
  type: z.enum(MARK_TYPES),
});

/** At most one mark per character and type, far more than any real paragraph holds. */
export const markListSchema = z.array(markSchema).max(100000);

const TYPE_ORDER: Record<MarkType, number> = { bold: 0, italic: 1, underline: 2 };

function compareMarks(a: Mark, b: Mark): number {
  return a.from - b.from || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.to - b.to;
}

/**
 * Normal form: spans clamped to [0, length] (when a length is given), empty ones dropped, marks of
 * one type that overlap or touch merged, sorted by from then type.
 */
export function normaliseMarks(marks: readonly Mark[], length = Number.POSITIVE_INFINITY): Mark[] {
  const out: Mark[] = [];
  for (const type of MARK_TYPES) {
    const spans = marks
      .filter((m) => m.type === type)
      .map((m) => ({ from: Math.max(0, Math.min(m.from, length)), to: Math.max(0, Math.min(m.to, length)) }))
      .filter((m) => m.from < m.to)
      .sort((a, b) => a.from - b.from || a.to - b.to);
    let open: Mark | null = null;
    for (const s of spans) {
      if (open && s.from <= open.to) open.to = Math.max(open.to, s.to);
      else {
        open = { from: s.from, to: s.to, type };
        out.push(open);
      }
    }
  }
  return out.sort(compareMarks);
}

/** True when marks are already in normal form for a text of this length. */
export function marksAreNormal(marks: readonly Mark[], length: number): boolean {
  const n = normaliseMarks(marks, length);
  return n.length === marks.length && n.every((m, i) => m.from === marks[i]?.from && m.to === marks[i]?.to && m.type === marks[i]?.type);
}

/**
 * The marks after text[from, to) is replaced by a string of `insertedLength` characters.
 * Marks before the change stay, marks after it shift. The inserted text takes the marks that
 * cover the first replaced character (as Word's replace does); a pure insertion (from === to)
 * takes the marks that cover both sides of the point, so typing at a bold word's end is plain.
 */
export function spliceMarks(marks: readonly Mark[], from: number, to: number, insertedLength: number): Mark[] {
  const delta = insertedLength - (to - from);
  const out: Mark[] = [];
  for (const m of marks) {
    const inherits = from < to ? m.from <= from && from < m.to : m.from < from && from < m.to;
    const start = m.from < from || (m.from === from && inherits) ? m.from : m.from >= to ? m.from + delta : from + insertedLength;
    const end = m.to <= from ? m.to : m.to >= to ? m.to + delta : inherits ? from + insertedLength : from;
    if (start < end) out.push({ from: start, to: end, type: m.type });
  }
  return normaliseMarks(out);
}

/** The marks of text.slice(from, to), re-based to 0. */
export function sliceMarks(marks: readonly Mark[], from: number, to: number): Mark[] {
  return normaliseMarks(
    marks.map((m) => ({ from: Math.max(m.from, from) - from, to: Math.min(m.to, to) - from, type: m.type })),
  );
}

/** The marks of a text made of parts joined end to end, each with its own marks. */
export function concatMarks(parts: readonly { length: number; marks: readonly Mark[] }[]): Mark[] {
  const out: Mark[] = [];
  let at = 0;
  for (const p of parts) {
    for (const m of p.marks) out.push({ from: m.from + at, to: m.to + at, type: m.type });
    at += p.length;
  }
  return normaliseMarks(out);
}

export interface MarkedSegment {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** The text cut where any mark begins or ends, each piece with the marks over it. */
export function markSegments(text: string, marks: readonly Mark[]): MarkedSegment[] {
  const norm = normaliseMarks(marks, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of norm) {
    cuts.add(m.from);
    cuts.add(m.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: MarkedSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const on = (type: MarkType): boolean => norm.some((m) => m.type === type && m.from <= a && b <= m.to);
    out.push({ text: text.slice(a, b), bold: on('bold'), italic: on('italic'), underline: on('underline') });
  }
  if (out.length === 0) out.push({ text, bold: false, italic: false, underline: false });
  return out;
}

/**
 * A marked text as the model keeps it (cleanText: NFC, CR LF → LF, no XML-forbidden characters),
 * its marks moved with it: composing "e" + U+0301 into "é", or dropping a character, shortens the
 * text, and marks laid over the raw text (typed with a composing input method, pasted) would
 * otherwise fall on the wrong letters. A mark edge inside a character and its combining marks
 * widens to take the whole of it.
 */
export function cleanMarked(text: string, marks: readonly Mark[]): { text: string; marks: Mark[] } {
  const whole = cleanText(text);
  if (whole === text || marks.length === 0) return { text: whole, marks: normaliseMarks(marks, whole.length) };
  // Piece by piece, a piece being a line break or a character with the combining marks after it,
  // so that NFC composes within a piece and the offsets between pieces map exactly.
  // startAt[o] / endAt[o]: where raw offset o lands as a mark's start / end.
  const startAt = new Array<number>(text.length + 1);
  const endAt = new Array<number>(text.length + 1);
  let out = '';
  for (const m of text.matchAll(/\r\n?|[\s\S]\p{M}*/gu)) {
    const a = m.index ?? 0;
    const na = out.length;
    out += cleanText(m[0]);
    startAt[a] = endAt[a] = na;
    for (let k = a + 1; k < a + m[0].length; k++) {
      startAt[k] = na;
      endAt[k] = out.length;
    }
  }
  startAt[text.length] = endAt[text.length] = out.length;
  // A composition across pieces (not in Vietnamese): keep the text right, the marks clamped.
  if (out !== whole) return { text: whole, marks: normaliseMarks(marks, whole.length) };
  const at = (map: number[], o: number): number => map[Math.max(0, Math.min(o, text.length))] as number;
  return { text: whole, marks: normaliseMarks(marks.map((m) => ({ from: at(startAt, m.from), to: at(endAt, m.to), type: m.type })), whole.length) };
}

// Schema version 1 typed emphasis as markup: **bold** and *italic* (seed 002's
// "(gồm: *Đẩy mạnh …*)"). Anything unmatched stays literal, as the v1 composer printed it.
const EMPHASIS = /\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*/gu;

/** v1 markup → plain text and marks. */
export function marksFromMarkup(markup: string): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  let last = 0;
  for (const m of markup.matchAll(EMPHASIS)) {
    const at = m.index ?? 0;
    text += markup.slice(last, at);
    const inner = m[1] ?? m[2] ?? '';
    if (inner) marks.push({ from: text.length, to: text.length + inner.length, type: m[1] !== undefined ? 'bold' : 'italic' });
    text += inner;
    last = at + m[0].length;
  }
  text += markup.slice(last);
  return { text, marks: normaliseMarks(marks, text.length) };
}
