// A minimal sequence diff (longest common subsequence) for the re-import of an edited DOCX. The
// common head and tail are taken off first: an edit in Word touches a few places, so the table
// the LCS needs stays small; a middle too large for it is treated as wholly replaced, which is
// still correct, only coarser.

/** One step from `before` to `after`: an element kept, removed from before, or added from after. */
export type Step =
  | { op: 'keep'; before: number; after: number }
  | { op: 'remove'; before: number }
  | { op: 'add'; after: number };

/** Consecutive removals and additions between two kept elements. */
export interface Hunk {
  /** Indices in `before` that were removed, in order. */
  removed: number[];
  /** Indices in `after` that were added, in order. */
  added: number[];
}

const MAX_TABLE = 4_000_000;

export function diffSequences<A, B>(before: readonly A[], after: readonly B[], same: (a: A, b: B) => boolean): Step[] {
  let head = 0;
  while (head < before.length && head < after.length && same(before[head] as A, after[head] as B)) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    same(before[before.length - 1 - tail] as A, after[after.length - 1 - tail] as B)
  )
    tail++;
  const n = before.length - head - tail;
  const m = after.length - head - tail;
  const steps: Step[] = [];
  for (let i = 0; i < head; i++) steps.push({ op: 'keep', before: i, after: i });
  if (n * m > MAX_TABLE) {
    for (let i = 0; i < n; i++) steps.push({ op: 'remove', before: head + i });
    for (let j = 0; j < m; j++) steps.push({ op: 'add', after: head + j });
  } else {
    steps.push(...middle(before, after, same, head, n, m));
  }
  for (let k = 0; k < tail; k++) steps.push({ op: 'keep', before: before.length - tail + k, after: after.length - tail + k });
  return steps;
}

function middle<A, B>(before: readonly A[], after: readonly B[], same: (a: A, b: B) => boolean, head: number, n: number, m: number): Step[] {
  // lcs[i * (m + 1) + j]: length of the LCS of before[head+i..] and after[head+j..].
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = same(before[head + i] as A, after[head + j] as B)
        ? (lcs[(i + 1) * w + j + 1] as number) + 1
        : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(before[head + i] as A, after[head + j] as B)) {
      steps.push({ op: 'keep', before: head + i, after: head + j });
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number)) {
      steps.push({ op: 'remove', before: head + i++ });
    } else {
      steps.push({ op: 'add', after: head + j++ });
    }
  }
  while (i < n) steps.push({ op: 'remove', before: head + i++ });
  while (j < m) steps.push({ op: 'add', after: head + j++ });
  return steps;
}

/** The steps grouped: each kept element, and each run of removals/additions as one hunk. */
export function hunks(steps: readonly Step[]): (Step & { op: 'keep' } | Hunk)[] {
  const out: (Step & { op: 'keep' } | Hunk)[] = [];
  let open: Hunk | null = null;
  for (const s of steps) {
    if (s.op === 'keep') {
      open = null;
      out.push(s);
      continue;
    }
    if (!open) {
      open = { removed: [], added: [] };
      out.push(open);
    }
    if (s.op === 'remove') open.removed.push(s.before);
    else open.added.push(s.after);
  }
  return out;
}

/** Structural equality of JSON-like values (what the model holds). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue(ra[k], rb[k]));
}

/** How a hunk's removed and added elements correspond: an element changed, removed or added. */
export type Pair = { kind: 'changed'; removed: number; added: number } | { kind: 'removed'; removed: number } | { kind: 'added'; added: number };

/**
 * Pairs a hunk's removals with its additions. As many of each: one by one, in order (a rewritten
 * paragraph is still the same paragraph). Otherwise by likeness, so that a paragraph added next
 * to one that was edited is told apart from it.
 */
export function pairHunk(hunk: Hunk, alike: (removed: number, added: number) => boolean): Pair[] {
  const { removed, added } = hunk;
  if (removed.length === added.length) return removed.map((r, k) => ({ kind: 'changed', removed: r, added: added[k] as number }));
  return diffSequences(removed, added, alike).map((s): Pair =>
    s.op === 'keep'
      ? { kind: 'changed', removed: removed[s.before] as number, added: added[s.after] as number }
      : s.op === 'remove'
        ? { kind: 'removed', removed: removed[s.before] as number }
        : { kind: 'added', added: added[s.after] as number },
  );
}

/** The words of a text, lower case, for likeness. */
export function wordSet(s: string): Set<string> {
  // toLowerCase: Vietnamese has no casing of its own, and the locale-aware form is far slower.
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Share of words two word sets have in common (Dice), 0…1. */
export function dice(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Share of words two texts have in common: enough to tell an edit from a new text. */
export function likeness(a: string, b: string): number {
  return dice(wordSet(a), wordSet(b));
}

/**
 * The edit from `read` to `actual` made on `guide`, when the guide differs from its reading by
 * white space alone (a trích yếu's "\n" read as a space): the guide's line breaks outside the
 * edited stretch survive. Otherwise `actual`.
 */
export function spliceText(guide: string, read: string, actual: string): string {
  const blank = (s: string): string => s.replace(/\s/g, ' ');
  if (guide.length !== read.length || blank(guide) !== blank(read)) return actual;
  let head = 0;
  while (head < read.length && head < actual.length && read[head] === actual[head]) head++;
  let tail = 0;
  while (tail < read.length - head && tail < actual.length - head && read[read.length - 1 - tail] === actual[actual.length - 1 - tail]) tail++;
  return guide.slice(0, head) + actual.slice(head, actual.length - tail) + guide.slice(guide.length - tail);
}

/** Each list's elements as small integers, equal where their keys are: cheap to diff. */
export function interned<T>(lists: readonly (readonly T[])[], key: (t: T) => string): number[][] {
  const ids = new Map<string, number>();
  return lists.map((list) =>
    list.map((t) => {
      const k = key(t);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    }),
  );
}
