// Runs of a text from its inline marks (bold, italic, underline over spans). A "\n" in the text is
// a line break inside the paragraph; it stays in the run's text (Layout's convention) and the
// renderers draw it as a break, so the line after it starts at the margin, not at the indent.
import type { Mark } from '../model';
import { markSegments, sliceMarks } from '../model';
import type { Run } from './layout';

export interface RunStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/**
 * The runs of `text` in the base style, each mark turning its property on (italic toggles, so an
 * italic span inside an italic caption reads upright, as Word's emphasis does).
 */
export function inlineRuns(text: string, marks: readonly Mark[] | undefined, base: RunStyle): Run[] {
  return markSegments(text, marks ?? []).map((s) => ({
    ...base,
    text: s.text,
    bold: base.bold || s.bold,
    italic: s.italic ? !base.italic : base.italic,
    underline: base.underline || s.underline,
  }));
}

/**
 * A block's text as printed: spaces and line breaks at either end dropped, its marks moved with
 * it, and `finish` (the end mark) applied to the tail. Characters `finish` adds carry no mark.
 */
export function trimmedMarked(text: string, marks: readonly Mark[] | undefined, finish: (s: string) => string = (s) => s): { text: string; marks: Mark[] } {
  const start = text.length - text.replace(/^\s+/u, '').length;
  const trimmed = text.trim();
  const out = finish(trimmed);
  let same = 0;
  while (same < out.length && same < trimmed.length && out[same] === trimmed[same]) same++;
  return { text: out, marks: sliceMarks(marks ?? [], start, start + same) };
}
