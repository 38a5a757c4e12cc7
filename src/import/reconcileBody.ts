// The body of a re-imported Vanban DOCX, block by block. Three lists: the embedded Document's
// blocks (the guide, exact), the blocks the recognisers read from the guide's own text (the
// guide as the file would give it), and those read from the file's text (the truth). The two
// read lists are diffed; a block read alike from both keeps the guide's exact block, one that
// differs takes the file's text (keeping the guide's type, level and table widths where the
// text agrees), and added or removed blocks are added or removed. The guide's blocks are tied
// to their read counterparts by their words, since a recogniser may split or join blocks.
import { blockSchema, type Block } from '../model';
import { blockText } from './body';
import type { ImportChange } from './changes';
import { mergeIndicators } from './reconcileIndicators';
import { dice, diffSequences, hunks, interned, likeness, pairHunk, sameValue, spliceText, wordSet } from './sequence';

/** A run of guide blocks and the read blocks it gave: one to one, or a stretch the words did not tie. */
interface Segment {
  guide: number[];
  read: number[];
}

/** Words only: what a block's text is, whatever the recogniser made of its shape. */
const words = (b: Block): string => blockText(b).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Words in common enough for a guide block and a read one to be the same block read otherwise. */
const TIED = 0.6;


/**
 * Guide blocks tied to read blocks: word for word first, then, within what is left between two
 * ties, by likeness (a Bảng chỉ tiêu reads back as a table with its caption apart).
 */
function segments(guide: readonly Block[], read: readonly Block[]): Segment[] {
  const [g = [], r = []] = interned([guide, read], words);
  const out: Segment[] = [];
  const sets = new Map<Block, Set<string>>();
  const set = (b: Block): Set<string> => sets.get(b) ?? (sets.set(b, wordSet(blockText(b))).get(b) as Set<string>);
  for (const h of hunks(diffSequences(g, r, (a, b) => a === b))) {
    if ('op' in h) {
      out.push({ guide: [h.before], read: [h.after] });
      continue;
    }
    const alike = (x: number, y: number): boolean => dice(set(guide[x] as Block), set(read[y] as Block)) >= TIED;
    for (const sub of hunks(diffSequences(h.removed, h.added, alike))) {
      if ('op' in sub) out.push({ guide: [h.removed[sub.before] as number], read: [h.added[sub.after] as number] });
      else out.push({ guide: sub.removed.map((i) => h.removed[i] as number), read: sub.added.map((i) => h.added[i] as number) });
    }
  }
  return out;
}

/** Guide fields kept when a block's text changed: they have no text of their own to disagree with. */
const KEPT: Partial<Record<Block['type'], readonly string[]>> = {
  table: ['caption', 'widths', 'align'],
  indicators: ['caption', 'year', 'chart'],
};

type Loose = Record<string, unknown>;

/** The guide's block with what the file changed in it; the file's block when their kinds differ. */
function mergeBlock(guide: Block, read: Block, actual: Block): Block {
  if (guide.type === 'indicators' && read.type === 'table' && actual.type === 'table') return mergeIndicators(guide, read, actual) ?? actual;
  if (guide.type !== read.type || read.type !== actual.type) return actual;
  const g = guide as Loose;
  const r = read as Loose;
  const a = actual as Loose;
  const out: Loose = {};
  // Marks and other guide-only details belong to the old text: dropped, except those in KEPT.
  for (const k of KEPT[guide.type] ?? []) if (g[k] !== undefined && !(k in r) && !(k in a)) out[k] = g[k];
  for (const k of new Set([...Object.keys(r), ...Object.keys(a)])) {
    const [gv, rv, av] = [g[k], r[k], a[k]];
    const v = sameValue(rv, av) ? gv : typeof gv === 'string' && typeof rv === 'string' && typeof av === 'string' ? spliceText(gv, rv, av) : av;
    if (v !== undefined) out[k] = v;
  }
  if (guide.type === 'table' && read.type === 'table' && actual.type === 'table') {
    if (!sameValue(read.rows, actual.rows)) out.rows = mergeRows(guide.rows, read.rows, actual.rows);
    if ((out.header as unknown[]).length !== guide.header.length) {
      delete out.widths;
      delete out.align;
    }
  }
  const parsed = blockSchema.safeParse(out);
  return parsed.success ? parsed.data : actual;
}

/** A table's rows: a row read alike from both texts keeps the guide's row (its empty cells too). */
function mergeRows(guide: string[][], read: string[][], actual: string[][]): string[][] {
  const tied = guide.length === read.length;
  return diffSequences(read, actual, sameValue).flatMap((s) =>
    s.op === 'keep' ? [tied ? (guide[s.before] as string[]) : (actual[s.after] as string[])] : s.op === 'add' ? [actual[s.after] as string[]] : [],
  );
}

interface Region {
  guide: number[];
  read: number[];
}

/**
 * Reconciles one list of blocks (the body, or an appendix's body). `path` prefixes the paths of
 * the changes pushed onto `changes`.
 */
export function reconcileBlocks(
  guide: readonly Block[],
  read: readonly Block[],
  actual: readonly Block[],
  path: string,
  changes: ImportChange[],
): Block[] {
  if (sameValue(read, actual)) return [...guide];
  const segs = segments(guide, read);
  // Where each read block went in the file's blocks, or -1 when it did not come through as is.
  const at = new Array<number>(read.length).fill(-1);
  const [readIds = [], actualIds = []] = interned([read, actual], (b) => JSON.stringify(b));
  for (const s of diffSequences(readIds, actualIds, (x, y) => x === y)) if (s.op === 'keep') at[s.before] = s.after;

  const out: Block[] = [];
  let nextActual = 0;
  let region: Region = { guide: [], read: [] };
  const flush = (end: number): void => {
    emitRegion(region, end);
    region = { guide: [], read: [] };
  };
  const emitRegion = ({ guide: gi, read: ri }: Region, end: number): void => {
    const g = gi.map((i) => guide[i] as Block);
    const r = ri.map((i) => read[i] as Block);
    const a = actual.slice(nextActual, end);
    nextActual = end;
    if (sameValue(r, a)) {
      out.push(...g);
      return;
    }
    // Guide and read blocks tie one to one when the region has as many of each.
    const tied = g.length === r.length;
    for (const h of hunks(diffSequences(r, a, sameValue))) {
      if ('op' in h) {
        out.push(tied ? (g[h.before] as Block) : (a[h.after] as Block));
        continue;
      }
      const alike = (x: number, y: number): boolean => likeness(blockText(r[x] as Block), blockText(a[y] as Block)) >= 0.5;
      for (const pair of pairHunk(h, alike)) {
        if (pair.kind === 'removed') {
          const before = tied ? (g[pair.removed] as Block) : (r[pair.removed] as Block);
          changes.push({ path: `${path}.${gi[pair.removed] ?? gi[0] ?? 0}`, kind: 'removed', before });
          continue;
        }
        const added = a[pair.added] as Block;
        if (pair.kind === 'added') {
          changes.push({ path: `${path}.${out.length}`, kind: 'added', after: added });
          out.push(added);
          continue;
        }
        const before = tied ? (g[pair.removed] as Block) : (r[pair.removed] as Block);
        const merged = tied ? mergeBlock(before, r[pair.removed] as Block, added) : added;
        changes.push({ path: `${path}.${out.length}`, kind: 'changed', before, after: merged });
        out.push(merged);
      }
    }
  };

  for (const seg of segs) {
    const first = seg.read[0];
    const last = seg.read[seg.read.length - 1];
    const intact =
      first !== undefined &&
      last !== undefined &&
      seg.read.every((i, k) => (at[i] as number) >= 0 && at[i] === (at[first] as number) + k);
    if (!intact) {
      region.guide.push(...seg.guide);
      region.read.push(...seg.read);
      continue;
    }
    flush(at[first] as number);
    out.push(...seg.guide.map((i) => guide[i] as Block));
    nextActual = (at[last] as number) + 1;
  }
  flush(actual.length);
  return out;
}
