// Text width in the Times-metric serif, to size the rules the rule books tie to a text's length
// and to check that a header line fits its column.
import type { TextStyle } from '../standards';
import { ADVANCE_WIDTHS } from './metrics.data';

/** Average width for characters outside the table (per 1000 em). */
const FALLBACK = 500;

export function textWidthPt(text: string, style: Pick<TextStyle, 'sizePt' | 'bold' | 'italic'>): number {
  const key = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const table = ADVANCE_WIDTHS[key];
  let units = 0;
  for (const ch of text.normalize('NFC')) units += table[ch] ?? FALLBACK;
  return (units / 1000) * style.sizePt;
}

export const MM_PER_PT = 25.4 / 72;
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const ptToMm = (pt: number): number => pt * MM_PER_PT;
