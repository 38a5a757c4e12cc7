// The content (ô 6): headings numbered by the rule book, paragraphs, "-"/"+" lists and tables,
// justified with first-line indent and the book's spacing; the end mark after the last sentence.
import type { Block, Mark, TableBlock as ModelTable } from '../model';
import { concatMarks } from '../model';
import type { HeadingSpec, Profile } from '../standards';
import { headingLabels, withEndMark } from '../standards';
import { para, run, runStyle } from './blocks';
import { composeIndicators } from './indicators';
import { inlineRuns, trimmedMarked, type RunStyle } from './inline';
import type { LayoutBlock, ParagraphBlock, Role, Run, TableBlock } from './layout';
import { mmToPt } from './measure';
import { tagBodyBlock } from './sources';

export interface BodyOptions {
  /** Append the end mark ("./." or ".") to the last sentence. */
  endMark: boolean;
  /** Year N of indicator tables that do not give their own. */
  reportYear: number;
  /** The Document path of these blocks, for the blocks' source: "body" or "appendices.0.body". */
  sourcePath?: string;
}

/** The runs of `prefix` (unmarked) followed by a marked text: the text's marks move past the prefix. */
function markedRuns(prefix: string, marked: { text: string; marks: Mark[] }, base: RunStyle): Run[] {
  const marks = concatMarks([{ length: prefix.length, marks: [] }, { length: marked.text.length, marks: marked.marks }]);
  return inlineRuns(prefix + marked.text, marks, base);
}

export function composeBody(blocks: Block[], profile: Profile, contentWidthPt: number, options: BodyOptions): LayoutBlock[] {
  const b = profile.body;
  const indent = mmToPt(b.firstLineIndentMm);
  const base = runStyle(b.style);
  const bodyPara = (role: Role, runs: ParagraphBlock['runs'], spaceBeforePt = b.spaceBeforePt): ParagraphBlock =>
    para(role, runs, {
      align: 'justify',
      firstLineIndentPt: indent,
      spaceBeforePt,
      spaceAfterPt: b.spaceAfterPt,
      line: b.line,
    });

  const lastText = options.endMark ? lastTextIndex(blocks) : -1;
  const labels = headingLabels(blocks, profile);
  const out: LayoutBlock[] = [];

  blocks.forEach((block, index) => {
    const end = (s: string): string => (index === lastText ? withEndMark(s, profile) : s);
    const first = out.length;
    switch (block.type) {
      case 'heading': {
        const level = block.level;
        const spec = b.headings[level - 1] as HeadingSpec;
        const label = labels[index] ?? '';
        const title = block.title.trim();
        const tail = trimmedMarked(block.text ?? '', block.marks, end);
        const head = title ? `${label} ${title}` : label;
        const runs = tail.text
          ? [run(head, spec.style), ...markedRuns(' ', tail, base)]
          : [run(title ? `${label} ${end(title)}` : head, spec.style)];
        const p = bodyPara(`heading-${level}` as Role, runs, Math.max(spec.spaceBeforePt, b.spaceBeforePt));
        // A title-only heading is never left alone at the foot of a page; a numbered point that
        // carries its own paragraph flows like one (chaining those would push whole pages over).
        if (!tail.text) {
          p.keepNext = true;
          p.keepLines = true;
        }
        out.push(p);
        break;
      }
      case 'paragraph': {
        const p = trimmedMarked(block.text, block.marks, end);
        out.push(bodyPara('body', inlineRuns(p.text, p.marks, base)));
        break;
      }
      case 'list':
        block.items.forEach((item, i) => {
          const last = i === block.items.length - 1;
          const body = trimmedMarked(item, block.itemMarks?.[i], last ? end : undefined);
          out.push(bodyPara('list-item', markedRuns(`${block.marker} `, body, base)));
        });
        break;
      case 'table':
        out.push(...composeTable(block, profile, contentWidthPt));
        break;
      case 'indicators':
        out.push(...composeIndicators(block, block.year ?? options.reportYear, profile, contentWidthPt));
        break;
    }
    tagBodyBlock(out.slice(first), block, `${options.sourcePath ?? 'body'}.${index}`);
  });
  return out;
}

/** Index of the last block that carries text (tables end no sentence). */
function lastTextIndex(blocks: Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block && block.type !== 'table' && block.type !== 'indicators') return i;
  }
  return -1;
}

function composeTable(block: ModelTable, profile: Profile, contentWidthPt: number): LayoutBlock[] {
  const t = profile.table;
  const n = block.header.length;
  const weights = block.widths && block.widths.length === n ? block.widths : Array.from({ length: n }, () => 1);
  const total = weights.reduce((a, w) => a + w, 0);
  const columnsPt = weights.map((w) => Math.floor((contentWidthPt * w) / total));
  const out: LayoutBlock[] = [];
  if (block.caption?.trim()) {
    out.push(para('table-caption', [run(block.caption.trim(), { ...t.headerStyle, sizePt: profile.body.style.sizePt })], {
      align: 'center',
      spaceBeforePt: 6,
      spaceAfterPt: 3,
      keepNext: true,
    }));
  }
  const cell = (text: string, header: boolean, col: number) => {
    const align = header ? 'center' : (block.align?.[col] ?? 'left');
    return {
      blocks: [para('table-cell', inlineRuns(text, undefined, runStyle(header ? t.headerStyle : t.style)), { align, spaceBeforePt: 2, spaceAfterPt: 2 })],
    };
  };
  const table: TableBlock = {
    type: 'table',
    role: 'body-table',
    columnsPt,
    borders: true,
    cellPaddingPt: 4,
    spaceBeforePt: 6,
    rows: [
      { cells: block.header.map((h, c) => cell(h, true, c)), header: true, cantSplit: true },
      ...block.rows.map((r) => ({
        cells: Array.from({ length: n }, (_, c) => cell(r[c] ?? '', false, c)),
        header: false,
        cantSplit: true,
      })),
    ],
  };
  out.push(table);
  return out;
}
