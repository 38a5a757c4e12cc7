// Find and replace over a whole Document: every text a drafter typed (header, trích yếu, body
// blocks and their tables, Nơi nhận, signature, appendices), in document order. Case is ignored
// unless asked; "match diacritics" off lets "quyet dinh" find "Quyết định" (Vietnamese tone and
// vowel marks, and đ/d). Replacing keeps a paragraph's bold/italic/underline spans in place
// (spliceMarks). Pure: no DOM, no React.
import { spliceMarks, type Mark } from '../../model';

export interface FindOptions {
  matchCase: boolean;
  matchDiacritics: boolean;
}

export const DEFAULT_FIND: FindOptions = { matchCase: false, matchDiacritics: true };

export interface TextAt {
  /** Document path of the string: "title.summary", "body.3.items.1", "body.5.rows.0.2". */
  path: string;
  text: string;
}

export interface Match {
  path: string;
  /** UTF-16 offsets into the field's text: text.slice(from, to) is the match. */
  from: number;
  to: number;
}

/** Values that are codes, enums or numbers, not text anyone would search. */
const NOT_TEXT = new Set(['schemaVersion', 'standard', 'kind', 'date', 'dateBlank', 'type', 'marker', 'level', 'align', 'authority', 'marks', 'itemMarks', 'widths', 'year', 'chart', 'value', 'profile', 'family']);
/** The Document's parts in the order they are printed (the form's order too). */
const PRINT_ORDER = ['issuer', 'issuers', 'number', 'place', 'title', 'addressees', 'body', 'recipients', 'signature', 'appendices'];

function ordered(keys: string[], top: boolean): string[] {
  if (!top) return keys;
  const rank = (k: string) => {
    const i = PRINT_ORDER.indexOf(k);
    return i < 0 ? PRINT_ORDER.length : i;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** Every text of the Document, in document order. */
export function textFields(doc: unknown): TextAt[] {
  const out: TextAt[] = [];
  const walk = (v: unknown, path: string, top: boolean): void => {
    if (typeof v === 'string') {
      if (path) out.push({ path, text: v });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i), false));
      return;
    }
    if (v && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      for (const k of ordered(Object.keys(obj), top)) {
        if (NOT_TEXT.has(k)) continue;
        walk(obj[k], path ? `${path}.${k}` : k, false);
      }
    }
  };
  walk(doc, '', true);
  return out;
}

/**
 * Each letter of s (a code point and the combining marks after it) folded for comparison, with
 * where each folded unit came from in s. A letter is composed (NFC) first: a draft typed with
 * combining marks (Unikey's "Unicode tổ hợp") holds "e" + U+0302 + U+0301 where the query has "ế".
 */
export function fold(s: string, options: FindOptions): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const [ch] of s.matchAll(/[\s\S]\p{M}*/gu)) {
    let f = ch.normalize('NFC');
    if (!options.matchDiacritics) {
      f = f === 'đ' ? 'd' : f === 'Đ' ? 'D' : f.normalize('NFD').replace(/\p{M}/gu, '');
    }
    if (!options.matchCase) f = f.toLocaleLowerCase('vi');
    for (let k = 0; k < f.length; k++) origin.push(at);
    text += f;
    at += ch.length;
  }
  origin.push(s.length);
  return { text, origin };
}

function foldQuery(q: string, options: FindOptions): string {
  return fold(q.normalize('NFC'), options).text;
}

/** Matches of query in one text, left to right, not overlapping. */
export function findInText(text: string, query: string, options: FindOptions = DEFAULT_FIND): { from: number; to: number }[] {
  const q = foldQuery(query, options);
  if (!q) return [];
  const f = fold(text, options);
  const out: { from: number; to: number }[] = [];
  let i = f.text.indexOf(q);
  while (i >= 0) {
    const from = f.origin[i] as number;
    const to = f.origin[i + q.length] as number;
    if (to > from) out.push({ from, to });
    i = f.text.indexOf(q, i + q.length);
  }
  return out;
}

/** Every match in the Document, in document order. */
export function findAll(doc: unknown, query: string, options: FindOptions = DEFAULT_FIND): Match[] {
  if (!query) return [];
  const out: Match[] = [];
  for (const field of textFields(doc)) for (const m of findInText(field.text, query, options)) out.push({ path: field.path, ...m });
  return out;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

type Container = Record<string, unknown> | unknown[];

function parentOf(root: unknown, parts: string[]): Container | undefined {
  let v: unknown = root;
  for (const p of parts) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v && typeof v === 'object' ? (v as Container) : undefined;
}

/**
 * The marks that go with the text at `path`, as a getter and a setter: a paragraph's or a
 * heading's `text` has the block's `marks`, a list's item its `itemMarks[i]`; other texts have none.
 */
function marksSlot(root: unknown, path: string): { get(): Mark[] | undefined; set(m: Mark[]): void } | undefined {
  const parts = path.split('.');
  const last = parts[parts.length - 1];
  if (last === 'text') {
    const block = parentOf(root, parts.slice(0, -1)) as Record<string, unknown> | undefined;
    if (!block || (block.type !== 'paragraph' && block.type !== 'heading')) return undefined;
    return {
      get: () => (Array.isArray(block.marks) ? (block.marks as Mark[]) : undefined),
      set: (m) => {
        if (m.length) block.marks = m;
        else delete block.marks;
      },
    };
  }
  if (parts[parts.length - 2] === 'items') {
    const block = parentOf(root, parts.slice(0, -2)) as Record<string, unknown> | undefined;
    if (!block || block.type !== 'list') return undefined;
    const i = Number(last);
    return {
      get: () => (Array.isArray(block.itemMarks) ? (block.itemMarks as Mark[][])[i] : undefined),
      set: (m) => {
        if (!Array.isArray(block.itemMarks)) {
          if (!m.length) return;
          block.itemMarks = (block.items as unknown[]).map(() => []);
        }
        (block.itemMarks as Mark[][])[i] = m;
      },
    };
  }
  return undefined;
}

/**
 * The Document with the given matches replaced by `replacement`, marks adjusted. Matches that no
 * longer fit their text (it changed since the search) are skipped. The input is not changed.
 */
export function replaceMatches<T>(doc: T, matches: readonly Match[], replacement: string): { doc: T; replaced: number } {
  const out = clone(doc);
  const byPath = new Map<string, Match[]>();
  for (const m of matches) byPath.set(m.path, [...(byPath.get(m.path) ?? []), m]);
  let replaced = 0;
  for (const [path, ms] of byPath) {
    const parts = path.split('.');
    const parent = parentOf(out, parts.slice(0, -1)) as Record<string, unknown> | undefined;
    const key = parts[parts.length - 1] as string;
    const found = parent?.[key];
    if (typeof found !== 'string' || !parent) continue;
    let text = found;
    const slot = marksSlot(out, path);
    let marks = slot?.get();
    // From the end, so that the offsets of the earlier matches stay right.
    const sorted = [...ms].sort((a, b) => b.from - a.from);
    let limit = Number.POSITIVE_INFINITY;
    for (const m of sorted) {
      if (m.from < 0 || m.to > text.length || m.from >= m.to || m.to > limit) continue;
      text = text.slice(0, m.from) + replacement + text.slice(m.to);
      if (marks) marks = spliceMarks(marks, m.from, m.to, replacement.length);
      limit = m.from;
      replaced++;
    }
    parent[key] = text;
    if (slot && marks) slot.set(marks);
  }
  return { doc: out, replaced };
}

/** Replace every match of query. */
export function replaceAll<T>(doc: T, query: string, replacement: string, options: FindOptions = DEFAULT_FIND): { doc: T; replaced: number } {
  return replaceMatches(doc, findAll(doc, query, options), replacement);
}
