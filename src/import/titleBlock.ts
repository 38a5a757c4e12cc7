// The title block under the header: the tên loại ("QUYẾT ĐỊNH"), the author line of a Party text
// ("CỦA BAN THƯỜNG VỤ TỈNH ỦY") and the trích yếu, with the rules that close it.
import type { KindId, StandardFamily } from '../model';
import {
  ADDRESSEES_LABEL,
  RECIPIENTS_LABEL,
  SHORT,
  endsClause,
  isAuthorLine,
  isRuleLine,
  isStar,
  isUpper,
  listMarker,
  matchNumbered,
  matchTitle,
  startsLower,
  type TitleMatch,
} from './patterns';
import type { SourceLine } from './lines';

/** The tên loại is looked for among the first lines only, before any body-length paragraph. */
export const TITLE_WINDOW = 40;

/** The tên loại's line among the first lines, and what it matched. */
export function findTitle(lines: readonly SourceLine[]): { at: number; match: TitleMatch } | undefined {
  for (let i = 0; i < Math.min(lines.length, TITLE_WINDOW); i++) {
    const line = lines[i] as SourceLine;
    if (line.text.length > SHORT) return undefined;
    if (line.cells.length > 1) continue;
    const match = matchTitle(line.text);
    if (match) return { at: i, match };
  }
  return undefined;
}

/** A line that can be part of a trích yếu: short, not numbered, not a list item or a label. */
function summaryLine(line: SourceLine): boolean {
  const t = line.text;
  return (
    t.length <= SHORT &&
    line.cells.length < 2 &&
    !matchNumbered(t) &&
    !listMarker(t) &&
    !ADDRESSEES_LABEL.test(t) &&
    !RECIPIENTS_LABEL.test(t) &&
    !isRuleLine(t) &&
    !isStar(t)
  );
}

export interface TitleBlock {
  typeName: string;
  kind: KindId;
  author?: string;
  summary?: string;
  /** Index of the first line after the block. */
  end: number;
}

/** A line of capitals this long was most likely wrapped by the copy, not ended by the drafter. */
const WRAP_WIDTH = 50;
const MAX_AUTHOR_LINES = 4;

/** Whether `line` continues the paragraph of capitals that ends with `prev` (a copy wrapped it). */
function continuesCaps(prev: SourceLine, line: SourceLine): boolean {
  if (line.blankBefore || !summaryLine(line) || !isUpper(line.text) || endsClause(prev.text)) return false;
  // "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ"; a full line; a lone word the copy broke off ("KẾT" / "LUẬN CỦA …").
  return /,$/u.test(prev.text) || prev.text.length >= WRAP_WIDTH || !/\s/u.test(prev.text);
}

/**
 * An author line ("CỦA BAN THƯỜNG VỤ TỈNH ỦY") is a Party form. In a State text the capitals
 * under the tên loại are the trích yếu ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …"), unless they open with "CỦA".
 */
function opensAuthor(text: string, family: StandardFamily | undefined): boolean {
  if (!isAuthorLine(text) || !AUTHOR_OPENING.test(text)) return false;
  if (/^của\s/iu.test(text)) return true;
  // "KẾT LUẬN CỦA …": the Party's author line, the State's trích yếu. Without a header, the titles named tell.
  return family === 'party' || (family === undefined && !STATE_TITLES.test(text));
}

/** "CỦA BAN THƯỜNG VỤ …", "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "Ý KIẾN CHỈ ĐẠO CỦA …". */
const AUTHOR_OPENING = /^(?:(?:KẾT\s+LUẬN|Ý\s+KIẾN(?:\s+(?:KẾT\s+LUẬN|CHỈ\s+ĐẠO))?)\s+)?CỦA\s/iu;
const STATE_TITLES = /THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|BỘ\s+TRƯỞNG|NHÂN\s+DÂN|UBND|CHỦ\s+TỊCH/u;

/** The block from the tên loại at `at`: its author and trích yếu, and where the body may begin. */
export function readTitleBlock(lines: readonly SourceLine[], at: number, match: TitleMatch, family: StandardFamily | undefined): TitleBlock {
  let k = at + 1;
  const authors: string[] = [];
  const summary: string[] = [];
  if (match.rest) (/^(VỀ|V\/V)(?![\p{L}\p{N}])/u.test(match.rest) ? summary : authors).push(match.rest);
  const firstAuthor = lines[k];
  if (summary.length === 0 && authors.length === 0 && firstAuthor && summaryLine(firstAuthor) && isUpper(firstAuthor.text)) {
    // The paragraph of capitals under the tên loại, as the copy wrapped it; then: author or trích yếu?
    let end = k + 1;
    while (end - k < MAX_AUTHOR_LINES && end < lines.length && continuesCaps(lines[end - 1] as SourceLine, lines[end] as SourceLine)) end++;
    const paragraph = lines.slice(k, end).map((l) => l.text);
    if (opensAuthor(paragraph.join(' '), family)) {
      authors.push(...paragraph);
      k = end;
    }
  }
  // Party texts and careful State texts close the trích yếu with "-----" or a rule.
  let rule = -1;
  for (let j = k; j < Math.min(lines.length, k + 8); j++) {
    const line = lines[j] as SourceLine;
    if (isRuleLine(line.text) || isStar(line.text)) {
      rule = j;
      break;
    }
    if (!summaryLine(line)) break;
  }
  if (rule >= 0) {
    for (let j = k; j < rule; j++) summary.push((lines[j] as SourceLine).text);
    k = rule + 1;
  } else if (summary.length === 0) {
    // Otherwise the first line, and the lines that continue its sentence.
    const first = lines[k];
    if (first && summaryLine(first) && !/[.;]$/u.test(first.text)) {
      summary.push(first.text);
      k++;
      while (k < lines.length) {
        const line = lines[k] as SourceLine;
        const prev = summary[summary.length - 1] as string;
        // A trích yếu in capitals is one paragraph: its lines run on until a blank line or a clause end.
        const wrapped = isUpper(prev) && !line.blankBefore && summaryLine(line) && isUpper(line.text) && !endsClause(prev);
        // "… danh hiệu" / "“Công dân Thủ đô ưu tú”": a quotation continues the sentence too.
        if (!wrapped && (!summaryLine(line) || !(startsLower(line.text) || /^["“‘(]/u.test(line.text)) || endsClause(prev))) break;
        summary.push(line.text);
        k++;
      }
    }
  }
  // Further rules under the block are its own marks.
  while (k < lines.length && (isRuleLine((lines[k] as SourceLine).text) || isStar((lines[k] as SourceLine).text))) k++;
  return {
    typeName: match.typeName,
    kind: match.kind,
    author: authors.length ? authors.join(' ') : undefined,
    summary: summary.length ? summary.join(' ') : undefined,
    end: k,
  };
}
