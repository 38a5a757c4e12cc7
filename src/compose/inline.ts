// Inline emphasis a drafter may type in body text: **bold** and *italic* (as in seed 002,
// "(gồm: *Đẩy mạnh …*)"). Anything unmatched stays literal.
import type { Run } from './layout';

export interface RunStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const EMPHASIS = /\*\*([^*\n]+?)\*\*|\*([^*\n]+?)\*/gu;

export function inlineRuns(text: string, base: RunStyle): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ ...base, text: text.slice(last, at) });
    if (m[1] !== undefined) runs.push({ ...base, bold: true, text: m[1] });
    else runs.push({ ...base, italic: !base.italic, text: m[2] ?? '' });
    last = at + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ ...base, text: text.slice(last) });
  return runs;
}

/** The plain text of runs, markup removed. */
export function stripEmphasis(text: string): string {
  return text.replace(EMPHASIS, (_m, b: string | undefined, i: string | undefined) => b ?? i ?? '');
}
