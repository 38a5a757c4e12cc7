// Undo and redo for a whole draft: a list of snapshots of the form's value, the newest last, with a
// cursor. Pure: no React, no clock of its own (callers pass the time). Snapshots share every
// subtree that did not change with the snapshot before them (share()), so 200 steps of a long
// report cost little more than one copy of it plus what was typed.

/** A JSON-like value as the form holds it. */
export type Value = unknown;

export interface Change {
  /** Leaf paths that differ ("body.3.text", "body.3.marks.0.to"). */
  paths: string[];
  /** An array changed length, keys came or went, or a value changed type: a block was added, moved, deleted… */
  structural: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `next` as an immutable copy that reuses `prev`'s subtrees wherever they are equal, and the
 * leaf paths where they differ. `next` may be a live object someone mutates later (react-hook-form
 * mutates its values in place): nothing of it is kept, only copies.
 */
export function share(prev: Value, next: Value, path = '', change: Change = { paths: [], structural: false }): { value: Value; change: Change } {
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(next)) {
    const p = Array.isArray(prev) ? prev : undefined;
    if (!p || p.length !== next.length) {
      change.structural = true;
      change.paths.push(path);
    }
    let same = !!p && p.length === next.length;
    const out = next.map((item, i) => {
      const r = share(p?.[i], item, at(i), change).value;
      if (!p || r !== p[i]) same = false;
      return r;
    });
    return { value: same ? p : Object.freeze(out), change };
  }
  if (isObject(next)) {
    const p = isObject(prev) ? prev : undefined;
    const keys = Object.keys(next).filter((k) => next[k] !== undefined);
    const prevKeys = p ? Object.keys(p).filter((k) => p[k] !== undefined) : [];
    let same = !!p && prevKeys.length === keys.length && keys.every((k) => k in p);
    // An empty optional text coming or going is no change anyone made: an input that mounts
    // writes '' for a field the draft did not have.
    const blank = (v: unknown) => v === undefined || v === '';
    const added = keys.filter((k) => !p || p[k] === undefined);
    const removed = prevKeys.filter((k) => next[k] === undefined);
    if (!p || added.some((k) => !blank(next[k])) || removed.some((k) => !blank(p[k]))) {
      change.structural = true;
      change.paths.push(path);
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const r = share(p?.[k], next[k], at(k), change).value;
      out[k] = r;
      if (!p || r !== p[k]) same = false;
    }
    return { value: same ? p : Object.freeze(out), change };
  }
  if (Object.is(prev, next)) return { value: prev, change };
  if (prev === undefined && next === '') return { value: next, change };
  if (typeof prev !== typeof next) change.structural = true;
  change.paths.push(path);
  return { value: next, change };
}

/** A mutable deep copy, for handing a snapshot back to a form that will mutate it. */
export function thaw<T>(value: T): T {
  if (Array.isArray(value)) return value.map(thaw) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = thaw(v);
    return out as T;
  }
  return value;
}

export interface HistoryOptions {
  /** Steps kept behind the current state; older ones are forgotten. */
  cap: number;
  /** Typing in the same field with no pause this long (ms) stays one step. */
  pauseMs: number;
  /** A run of typing longer than this (ms) ends at the next word boundary. */
  runMs: number;
}

export const DEFAULT_HISTORY: HistoryOptions = { cap: 500, pauseMs: 1000, runMs: 4000 };

export interface RecordMeta {
  /** When, in ms (any monotonic clock). */
  at: number;
  /** Never merge this change into the step before it (a paste, a replace-all, an applied template). */
  separate?: boolean;
  /**
   * The input method's composition this change was made in (Telex, VNI: "tieengs" → "tiếng"), a
   * number per composition. Its changes are one step however slowly the letters come: undo never
   * stops half-way through a composed word.
   */
  composition?: number;
}

interface Step {
  value: Value;
  /** What typing this step coalesces: the text paths it changed; null for a step that never merges. */
  key: string | null;
  started: number;
  last: number;
  /** The composition its last change was made in. */
  composition?: number;
}

export interface HistoryState {
  steps: readonly Step[];
  /** Index of the current value in steps. */
  index: number;
  /** The next change starts a new step whatever it is. */
  sealed: boolean;
}

/** Text leaves of a change; the key that typing in one field keeps constant. */
function typingKey(change: Change, prev: Value, next: Value): string | null {
  if (change.structural || change.paths.length === 0) return null;
  const texts = change.paths.filter((p) => typeof getPath(next, p) === 'string' || typeof getPath(prev, p) === 'string');
  return (texts.length ? texts : change.paths).sort().join('|');
}

export function getPath(value: Value, path: string): unknown {
  if (!path) return value;
  let v: unknown = value;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** The typed text ends a word: a space or a line break was just typed. */
function endsWord(value: Value, key: string): boolean {
  return key.split('|').some((p) => {
    const s = getPath(value, p);
    return typeof s === 'string' && /\s$/u.test(s);
  });
}

export function createHistory(initial: Value): HistoryState {
  return { steps: [{ value: share(undefined, initial).value, key: null, started: 0, last: 0 }], index: 0, sealed: true };
}

export function current(h: HistoryState): Value {
  return (h.steps[h.index] as Step).value;
}

export function canUndo(h: HistoryState): boolean {
  return h.index > 0;
}

export function canRedo(h: HistoryState): boolean {
  return h.index < h.steps.length - 1;
}

/**
 * The form's value changed to `next`. Typing in one field without a long pause replaces the
 * current step; anything else starts a new one and forgets what could have been redone.
 */
export function record(h: HistoryState, next: Value, meta: RecordMeta, options: HistoryOptions = DEFAULT_HISTORY): HistoryState {
  const top = h.steps[h.index] as Step;
  const { value, change } = share(top.value, next);
  if (value === top.value) return h;
  if (change.paths.length === 0) {
    // Only blank fields appeared or went: the same state, kept without a step of its own.
    const steps = h.steps.slice();
    steps[h.index] = { ...top, value };
    return { ...h, steps };
  }
  const key = meta.separate ? null : typingKey(change, top.value, value);
  const sameComposition = meta.composition !== undefined && top.composition === meta.composition;
  const merge =
    !h.sealed &&
    key !== null &&
    top.key === key &&
    h.index === h.steps.length - 1 &&
    (sameComposition ||
      (meta.at - top.last < options.pauseMs &&
        // A long run of typing still gives a step per few words.
        !(meta.at - top.started >= options.runMs && endsWord(top.value, key))));
  const composition = meta.composition !== undefined ? { composition: meta.composition } : {};
  if (merge) {
    const steps = h.steps.slice();
    const { composition: _was, ...rest } = top;
    steps[h.index] = { ...rest, value, last: meta.at, ...composition };
    return { steps, index: h.index, sealed: false };
  }
  let steps = [...h.steps.slice(0, h.index + 1), { value, key, started: meta.at, last: meta.at, ...composition }];
  if (steps.length > options.cap + 1) steps = steps.slice(steps.length - options.cap - 1);
  return { steps, index: steps.length - 1, sealed: !!meta.separate };
}

/** The next change starts its own step (the user left the field, pasted, or undid). */
export function seal(h: HistoryState): HistoryState {
  return h.sealed ? h : { ...h, sealed: true };
}

export function undo(h: HistoryState): HistoryState {
  return canUndo(h) ? { ...h, index: h.index - 1, sealed: true } : h;
}

export function redo(h: HistoryState): HistoryState {
  return canRedo(h) ? { ...h, index: h.index + 1, sealed: true } : h;
}

/** The leaf paths that differ between two values, e.g. to put the cursor where an undo changed text. */
export function changedPaths(a: Value, b: Value): Change {
  return share(a, b).change;
}
