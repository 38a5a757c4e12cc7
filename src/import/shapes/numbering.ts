// Shapes of the body's numbering: I., 1., 1.1., a), a.1) — each a scheme that the rule book maps
// to a heading level.
import { VIETNAMESE_LETTERS } from '../../standards';
import { isUpper } from './line';

// ── Body numbering ──────────────────────────────────────────────────────────────────────

/** Numbering schemes as found in text; each maps to a level through the rule book. */
export type FoundScheme = 'roman' | 'arabic' | 'compound' | 'letter' | 'letter-compound';

export interface NumberedMatch {
  scheme: FoundScheme;
  rest: string;
}

const ROMAN_VALID = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN = /^([IVXLC]{1,7})\s*[-.–)](\s*)(.*)$/u;
const COMPOUND = /^(\d{1,2})(?:\.\d{1,2}){1,2}\.?(?:\s+(.*))?$/u;
const ARABIC = /^(\d{1,2})\s*[-.–)](\s*)(.*)$/u;
const LETTER_COMPOUND = /^([a-zđ])\.(\d{1,2})\)\s*(.*)$/u;
const LETTER = /^([a-zđ])\s*([-–)]|\.(?=\s*\p{Lu}))\s*(.*)$/u;

/**
 * What may open the text after a label: a capital, a quotation, a bracket or a figure — a
 * figure only after a space, so that "1.200 người" and "2-3 ngày" stay numbers.
 */
function opensText(rest: string, spaced = true): boolean {
  if (/^\p{N}/u.test(rest)) return spaced;
  return rest === '' || /^["“'‘(\[\p{Lu}*]/u.test(rest);
}

/** "II NỘI DUNG": a roman numeral without its dot, before a title in capitals. */
const ROMAN_BARE = /^([IVXLC]{1,7})\s+(\p{Lu}.{2,199})$/u;

export function matchNumbered(line: string): NumberedMatch | null {
  const bare = line.length <= 200 ? ROMAN_BARE.exec(line) : null;
  if (bare && ROMAN_VALID.test(bare[1] ?? '') && isUpper(bare[2] ?? '') && !/^[IVXLC]+\s/u.test(bare[2] ?? '')) return { scheme: 'roman', rest: (bare[2] ?? '').trim() };
  let m = ROMAN.exec(line);
  // "V.I. Lê-nin": initials, not a section.
  const initials = m && m[2] === '' && /^\p{Lu}\./u.test(m[3] ?? '');
  if (m && !initials && ROMAN_VALID.test(m[1] ?? '') && opensText(m[3] ?? '', m[2] !== '')) return { scheme: 'roman', rest: (m[3] ?? '').trim() };
  m = COMPOUND.exec(line);
  if (m && opensText(m[2] ?? '')) return { scheme: 'compound', rest: (m[2] ?? '').trim() };
  m = ARABIC.exec(line);
  if (m && opensText(m[3] ?? '', m[2] !== '')) return { scheme: 'arabic', rest: (m[3] ?? '').trim() };
  m = LETTER_COMPOUND.exec(line);
  if (m && VIETNAMESE_LETTERS.includes(m[1] ?? '')) return { scheme: 'letter-compound', rest: (m[3] ?? '').trim() };
  m = LETTER.exec(line);
  if (m && VIETNAMESE_LETTERS.includes(m[1] ?? '') && (m[3] ?? '') !== '') return { scheme: 'letter', rest: (m[3] ?? '').trim() };
  return null;
}
