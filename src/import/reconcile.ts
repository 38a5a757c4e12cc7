// A re-imported Vanban DOCX: the file's text is the truth, the embedded Document a guide. Both
// the guide's own text and the file's text are read by the same recognisers; where the two
// readings agree, the guide's exact value stands (so a recogniser's slips cancel out), where
// they differ the file's reading wins and the change is listed. Part by part, field by field:
// the header's fields as values, Kính gửi and Nơi nhận entry by entry, the body and each
// appendix's body block by block (reconcileBody.ts).
import { documentSchema, type Appendix, type Block, type Document } from '../model';
import type { ChangeValue, ImportChange } from './changes';
import { reconcileBlocks } from './reconcileBody';
import { PLACEHOLDER } from './text';
import { diffSequences, hunks, likeness, pairHunk, sameValue, spliceText } from './sequence';

export interface Reconciled {
  document: Document;
  changes: ImportChange[];
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const blocks = (v: unknown): Block[] => (Array.isArray(v) ? (v as Block[]) : []);
const appendixList = (v: unknown): Appendix[] => (Array.isArray(v) ? (v as Appendix[]) : []);

/** Lists read entry by entry (one line each in the file). */
const ENTRY_LISTS = new Set(['addressees', 'recipients.entries']);
const BLOCK_LIST = /^(body|appendices\.\d+\.body)$/;

function leafValue(v: unknown): ChangeValue | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

class Reconciler {
  readonly changes: ImportChange[] = [];

  value(path: string, guide: unknown, read: unknown, actual: unknown): unknown {
    if (sameValue(read, actual)) return guide;
    if (BLOCK_LIST.test(path)) return reconcileBlocks(blocks(guide), blocks(read), blocks(actual), path, this.changes);
    if (path === 'appendices') return this.appendices(appendixList(guide), appendixList(read), appendixList(actual), actual === undefined);
    if (ENTRY_LISTS.has(path)) return this.entries(path, strings(guide), strings(read), strings(actual), actual === undefined);
    if (isObject(read) || isObject(actual)) return this.object(path, guide, read, actual);
    // PLACEHOLDER is what the recognisers put for a required field the text lacks.
    const kind = read === undefined || read === PLACEHOLDER ? 'added' : actual === undefined || actual === PLACEHOLDER ? 'removed' : 'changed';
    const value = typeof guide === 'string' && typeof read === 'string' && typeof actual === 'string' ? spliceText(guide, read, actual) : actual;
    const before = kind === 'added' ? undefined : leafValue(guide ?? read);
    const after = kind === 'removed' ? undefined : leafValue(value);
    this.changes.push({ path, kind, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
    return value;
  }

  private object(path: string, guide: unknown, read: unknown, actual: unknown): Loose {
    const g = isObject(guide) ? guide : {};
    const r = isObject(read) ? read : {};
    const a = isObject(actual) ? actual : {};
    const out: Loose = {};
    // What only the guide holds (a rule-book profile, inline marks) has nothing in the text to differ.
    for (const k of Object.keys(g)) if (!(k in r) && !(k in a) && g[k] !== undefined) out[k] = g[k];
    for (const k of new Set([...Object.keys(r), ...Object.keys(a)])) {
      const v = this.value(path ? `${path}.${k}` : k, g[k], r[k], a[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /** Kính gửi or Nơi nhận, entry by entry; `gone` when the file has no such list at all. */
  private entries(path: string, guide: string[], read: string[], actual: string[], gone: boolean): string[] | undefined {
    const tied = guide.length === read.length;
    const out: string[] = [];
    for (const h of hunks(diffSequences(read, actual, (x, y) => x === y))) {
      if ('op' in h) {
        out.push(tied ? (guide[h.before] as string) : (actual[h.after] as string));
        continue;
      }
      const alike = (x: number, y: number): boolean => likeness(read[x] as string, actual[y] as string) >= 0.5;
      for (const pair of pairHunk(h, alike)) {
        const before = pair.kind === 'added' ? undefined : tied ? guide[pair.removed] : read[pair.removed];
        if (pair.kind === 'removed') {
          this.changes.push({ path: `${path}.${pair.removed}`, kind: 'removed', before: before ?? '' });
          continue;
        }
        const after = actual[pair.added] as string;
        this.changes.push({ path: `${path}.${out.length}`, kind: pair.kind, ...(before !== undefined ? { before } : {}), after });
        out.push(after);
      }
    }
    return gone && out.length === 0 ? undefined : out;
  }

  /** Appendices tied by their titles; an edited one is reconciled part by part. */
  private appendices(guide: Appendix[], read: Appendix[], actual: Appendix[], gone: boolean): Appendix[] | undefined {
    const tied = guide.length === read.length;
    const title = (a: Appendix): string => a.title.toLocaleLowerCase('vi');
    const out: Appendix[] = [];
    const merge = (r: number, a: number): void => {
      const g = tied ? guide[r] : read[r];
      out.push(this.value(`appendices.${out.length}`, g, read[r], actual[a]) as Appendix);
    };
    for (const h of hunks(diffSequences(read, actual, (x, y) => title(x) === title(y)))) {
      if ('op' in h) {
        merge(h.before, h.after);
        continue;
      }
      const alike = (x: number, y: number): boolean => likeness((read[x] as Appendix).title, (actual[y] as Appendix).title) >= 0.5;
      for (const pair of pairHunk(h, alike)) {
        if (pair.kind === 'changed') merge(pair.removed, pair.added);
        else if (pair.kind === 'removed') {
          this.changes.push({ path: `appendices.${pair.removed}`, kind: 'removed', before: (tied ? guide : read)[pair.removed] as Appendix });
        } else {
          const added = actual[pair.added] as Appendix;
          this.changes.push({ path: `appendices.${out.length}`, kind: 'added', after: added });
          out.push(added);
        }
      }
    }
    return gone && out.length === 0 ? undefined : out;
  }
}

/**
 * The guide with every difference between `read` (the guide's text, read) and `actual` (the
 * file's text, read) applied; the guide itself when they agree.
 */
export function reconcile(guide: Document, read: Document, actual: Document): Reconciled {
  if (sameValue(read, actual)) return { document: guide, changes: [] };
  const r = new Reconciler();
  const merged = r.value('', guide, read, actual);
  const parsed = documentSchema.safeParse(merged);
  // A merge the schema refuses is a bug here; the file's own reading is then the safe answer.
  return { document: parsed.success ? parsed.data : actual, changes: r.changes };
}
