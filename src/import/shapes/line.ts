// Shapes of any line: its case, how it ends, a typed rule, the Party star, a list marker. Pure
// functions of one line; regexes anchored and bounded (pasted text can hold megabyte-long lines).

/** Longest line worth trying a header or closing pattern on; body paragraphs are longer. */
export const SHORT = 300;

export function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');
}

export function startsLower(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** Whether a line ends a sentence or a lead-in, so that the next line does not continue it. */
export function endsClause(s: string): boolean {
  return /[.!?:;…]["”’)\]»]*$/u.test(s);
}

/** A short rule typed as text: "-----", "___", "===". The Party "*" is separate. */
export function isRuleLine(s: string): boolean {
  return s.length >= 3 && s.length <= SHORT && /^[-–—_=~.·\s]+$/u.test(s) && /[-–—_=~]/u.test(s);
}

export function isStar(s: string): boolean {
  // Copies print the Party's star as one to five asterisks.
  return /^\*{1,5}$/.test(s);
}

/** A list marker at the start of a line: "-", "–", "•" and "+". "*" is emphasis, not a marker. */
export function listMarker(line: string): { marker: '-' | '+'; rest: string } | null {
  const m = /^([-–—•+])(\s*)(.*)$/u.exec(line);
  if (!m) return null;
  const rest = m[3] ?? '';
  // "-5%" and "+2" are numbers, not items.
  if (!m[2] && /^\d/u.test(rest)) return null;
  if (!rest.trim() || isRuleLine(line)) return null;
  return { marker: m[1] === '+' ? '+' : '-', rest: rest.trim() };
}
