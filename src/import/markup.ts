// Text scraped from a web page or a PDF converter often arrives as light markup: emphasis as
// **bold**, *italic*, __underline__, and the layout tables of the header and the closing as
// cells between lines of "|". A copy also wraps a cell's paragraph anywhere, even inside the
// emphasis ("**CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM**", "*Hà Nội, ngày 19" / "tháng 11 năm
// 2025*"). This step turns raw lines into plain lines: markup out, a short line whose emphasis
// is left open joined to the lines that close it, each line marked when it was all bold (the
// rule books print the issuer's own name bold, its parent not). Linear: each line is read once
// and joined at most MAX_JOIN times.

export interface PlainLine {
  text: string;
  /** The whole line stood inside **…**. */
  strong: boolean;
  /** A "|" line stood before it: the start of a table cell. */
  cellStart: boolean;
  /** An empty line or a "|" line stood before it: the start of a paragraph. */
  blankBefore: boolean;
}

/** A line opening emphasis it does not close is joined only when it is this short (a wrapped cell). */
const OPEN_MAX = 60;
/** At most this many lines are joined to close one emphasis. */
const MAX_JOIN = 4;
/** Lines longer than this are taken as they are. */
const MAX_MARKUP_LINE = 2000;

/** "|", "| |", "|---|---|": a cell or row boundary, no text. */
const BAR_LINE = /^[\s|:\-–]*\|[\s|:\-–]*$/u;
/** "| a | b |": a markdown table row. */
const TABLE_ROW = /^\s*\|(.*)\|\s*$/u;

/** Emphasis runs: "**", "*", "__" next to text; a whole-line "*****" or "_____" is a mark, not emphasis. */
const STARS = /\*+/g;
/** "__Nơi nhận__:": underline, only as a pair around text (a lone "__" may be text). */
const UNDERLINES = /(?<![\p{L}\p{N}_])__(?=[^\s_])([^\n]{0,300}?[^\s_])?[^\S\n]{0,3}__(?![\p{L}\p{N}_])/gu;
/** "_Nơi nhận:_": single-underscore emphasis, only as a pair around text. */
const UNDERSCORE_PAIR = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]{0,300}?[^\s_])?_(?![\p{L}\p{N}_])/gu;
/** An HTML tag a markdown copy kept ("<div align=\"right\">", "<br>", "<img …/>"): markup, not text. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,400})?\/?>/g;
/** A markdown picture "![Image](https://…)": no text; a link "[text](url)" keeps its text. */
const MD_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]{0,1000}\)/g;
const MD_LINK = /\[([^\]\n]{1,200})\]\([^)\s]{0,1000}\)/g;

function isMarkOnly(s: string): boolean {
  return /^\s*(?:\*+|_+|-+)\s*$/u.test(s);
}

/**
 * "(*)", "(**)": a note's mark, which reports print beside a figure and under a table — text, not
 * emphasis (as emphasis it would be stripped, and counted as left open it would join the lines below).
 */
function isNoteMark(whole: string, offset: number, length: number): boolean {
  const before = whole.charAt(offset - 1);
  const after = whole.charAt(offset + length);
  // "(*)", and a product "5*3" between figures.
  return (before === '(' && after === ')') || (/\d/u.test(before) && /\d/u.test(after));
}

/**
 * A star that opens no emphasis: a note's mark, or a lone "*" with a space (or the line's end)
 * on both sides — the star bullet of "* Kết quả đạt được:", which must not join the lines below.
 */
function isLiteralStar(whole: string, offset: number, length: number): boolean {
  if (isNoteMark(whole, offset, length)) return true;
  const blank = (c: string): boolean => c === '' || /\s/u.test(c);
  return length === 1 && blank(whole.charAt(offset - 1)) && blank(whole.charAt(offset + length));
}

/** Count of emphasis delimiters, to tell an open span: "**a" is open, "**a**" closed. */
function openSpans(s: string): boolean {
  if (isMarkOnly(s)) return false;
  if (s.includes('\t')) return s.split('\t').some(openSpans);
  let bold = 0;
  let italic = 0;
  for (const m of s.matchAll(STARS)) {
    if (isLiteralStar(s, m.index, m[0].length)) continue;
    const n = m[0].length;
    bold += Math.floor(n / 2);
    italic += n % 2;
  }
  return bold % 2 === 1 || italic % 2 === 1;
}

/** The line's text without emphasis marks; a star line ("*", "*****") is kept. */
function stripEmphasis(s: string): string {
  if (s.length > MAX_MARKUP_LINE || isMarkOnly(s)) return s;
  // Tabbed columns each on their own: "*\tĐông Hà, ngày …" keeps the Party's star.
  if (s.includes('\t')) return s.split('\t').map(stripEmphasis).join('\t');
  // A run next to a space or an end goes; one between two letters ("a*b") leaves a space.
  return s
    .replace(HTML_TAG, ' ')
    .replace(MD_IMAGE, ' ')
    .replace(MD_LINK, '$1')
    .replace(STARS, (m, offset: number, whole: string) => {
      if (isNoteMark(whole, offset, m.length)) return m;
      const before = whole.charAt(offset - 1);
      const after = whole.charAt(offset + m.length);
      return !before || !after || /\s/u.test(before) || /\s/u.test(after) ? '' : ' ';
    })
    .replace(UNDERLINES, (m: string, inner: string | undefined) => inner ?? m.slice(2, -2).trim())
    .replace(UNDERSCORE_PAIR, (m: string, inner: string | undefined) => inner ?? m.slice(1, -1));
}

/** Whether the whole line is bold: "**VĂN PHÒNG**", "** ỦY BAN NHÂN DÂN **". */
function allStrong(s: string): boolean {
  const t = s.trim();
  return t.length > 4 && t.startsWith('**') && t.endsWith('**') && !t.slice(2, -2).includes('**') && /\p{L}/u.test(t);
}

/** Raw lines → plain lines; a line that was only markup becomes "" (so indices stay meaningful). */
export function unmark(raw: readonly string[]): PlainLine[] {
  const out: PlainLine[] = [];
  let cellStart = false;
  let blankBefore = false;
  const empty = (): void => {
    out.push({ text: '', strong: false, cellStart: false, blankBefore: false });
    blankBefore = true;
  };
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] as string;
    if (line.length <= MAX_MARKUP_LINE && BAR_LINE.test(line)) {
      cellStart = true;
      empty();
      continue;
    }
    const row = line.length <= MAX_MARKUP_LINE ? TABLE_ROW.exec(line) : null;
    if (row) line = (row[1] ?? '').split('|').map((c) => c.trim()).join('\t');
    // A wrapped cell: join while its emphasis stays open.
    let joined = 0;
    while (line.trim().length <= OPEN_MAX + joined * 200 && joined < MAX_JOIN && openSpans(line) && i + 1 < raw.length) {
      const next = raw[i + 1] as string;
      if (!next.trim() || BAR_LINE.test(next) || next.length > MAX_MARKUP_LINE) break;
      line = `${line.replace(/\s+$/u, '')} ${next.trim()}`;
      i++;
      joined++;
    }
    const strong = allStrong(line);
    const text = stripEmphasis(line);
    if (!text.trim()) {
      // An empty line, or "** **" (an empty bold run left by the converter).
      empty();
      continue;
    }
    out.push({ text, strong, cellStart, blankBefore });
    cellStart = false;
    blankBefore = false;
  }
  return out;
}
