// The header (ô 1–4): Quốc hiệu or the Party title, the issuer, the number, place and date,
// and the urgency and secrecy marks. Columns of the Word table arrive in any order — one per
// line, or several on a line split by tabs or wide spacing — so each column piece is
// recognised by its own shape, not by its position.
import type { StandardFamily } from '../model';
import type { SourceLine } from './lines';
import {
  NATIONAL,
  isRuleLine,
  isStar,
  isUpper,
  matchMark,
  matchNumber,
  matchPlaceDate,
  startsLower,
  type NumberMatch,
  type PlaceDateMatch,
  type Secrecy,
  type Urgency,
} from './patterns';

const ISSUER_LINE_MAX = 120;
/** Parent and issuer, each over at most two lines. */
const MAX_ISSUER_LINES = 4;
const V_V = /^V\s*\/\s*v\b\s*:?\s*(.*)$/iu;

export interface HeaderResult {
  issuerLines: string[];
  /** Parallel to issuerLines: the line was bold in a markup copy (the issuer's own name is, its parent not). */
  issuerStrong: boolean[];
  number?: NumberMatch;
  placeDate?: PlaceDateMatch;
  marks: { urgency?: Urgency; secrecy?: Secrecy };
  /** The trích yếu of a công văn, "V/v …", without its prefix. */
  summary?: string;
  leftovers: string[];
  votes: Record<StandardFamily, number>;
  /** Whether anything marked this as a header: a national line, a number, or a place-date. */
  anchored: boolean;
}

type Piece =
  | { kind: 'national'; family: StandardFamily }
  | { kind: 'star' }
  | { kind: 'rule' }
  | { kind: 'number'; match: NumberMatch }
  | { kind: 'placeDate'; match: PlaceDateMatch }
  | { kind: 'mark'; mark: { urgency?: Urgency; secrecy?: Secrecy } }
  | { kind: 'vv'; text: string }
  | { kind: 'upper'; text: string }
  | { kind: 'other'; text: string };

/** A column piece with the national lines cut out: "UBND TỈNH X CỘNG HÒA XÃ HỘI…" → "UBND TỈNH X". */
function splitNational(cell: string): Piece[] {
  let parts: (string | Piece)[] = [cell];
  for (const n of NATIONAL) {
    parts = parts.flatMap((p) => {
      if (typeof p !== 'string' || !n.re.test(p)) return [p];
      const out: (string | Piece)[] = [];
      p.split(n.re).forEach((s, i) => {
        if (i > 0) out.push({ kind: 'national', family: n.family });
        if (s.trim()) out.push(s.trim());
      });
      return out;
    });
  }
  return parts.flatMap((p) => (typeof p === 'string' ? classifyPiece(p) : [p]));
}

function classifyPiece(text: string): Piece[] {
  if (isStar(text)) return [{ kind: 'star' }];
  if (isRuleLine(text)) return [{ kind: 'rule' }];
  const number = matchNumber(text);
  if (number) {
    const rest = number.rest;
    return [{ kind: 'number', match: { ...number, rest: '' } }, ...(rest ? classifyPiece(rest) : [])];
  }
  const placeDate = matchPlaceDate(text);
  if (placeDate) return [{ kind: 'placeDate', match: placeDate }];
  const mark = matchMark(text);
  if (mark) return [{ kind: 'mark', mark }];
  const vv = V_V.exec(text);
  if (vv && vv[1]) return [{ kind: 'vv', text: vv[1].trim() }];
  // "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG : —": a scan's specks after the name are not part of it.
  if (text.length <= ISSUER_LINE_MAX && isUpper(text)) return [{ kind: 'upper', text: text.replace(/(?<=\p{L})[\s:;,.—–_-]+$/u, '') }];
  return [{ kind: 'other', text }];
}

/**
 * A draft's blanks are runs of spaces ("Số:      /TB-VP", "ngày      tháng 6 năm 2026") that
 * the column split takes for a gap between columns: the pieces of one blank number or date
 * are joined again.
 */
function joinBlanks(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      // "Số: 64            /2024/QĐ-UBND": a number typed into the blank, the gap kept.
      ((/(?:^|\s)Số\s*:?(?:\s*\d{1,6})?$/u.test(prev) && /^[/-]/u.test(cell)) ||
        (/(?:^|\s)Số\s*:?$/u.test(prev) && /^\d{1,6}$/u.test(cell)) ||
        (/(?:^|\s)ngày$/u.test(prev) && /^tháng(?![\p{L}])/u.test(cell)) ||
        (/(?:^|\s)ngày\s+tháng$/u.test(prev) && /^năm(?![\p{L}])/u.test(cell)));
    if (joins) out[out.length - 1] = `${prev} ${cell}`;
    else out.push(cell);
  }
  return out;
}

function pieces(line: SourceLine): Piece[] {
  return joinBlanks(line.wideCells).flatMap(splitNational);
}

/** Whether every piece of a line has a header shape (used when there is no tên loại to stop at). */
export function isHeaderLine(line: SourceLine): boolean {
  if (line.text.length > 300) return false;
  return pieces(line).every((p) => p.kind !== 'other');
}

export function isAnchorLine(line: SourceLine): boolean {
  return pieces(line).some((p) => p.kind === 'national' || p.kind === 'number' || p.kind === 'placeDate');
}

/** The State issuer name is often broken before its place: "ỦY BAN NHÂN DÂN" / "TỈNH KIÊN GIANG". */
const PLACE_UNIT = /^(TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s/u;
const BEFORE_PLACE = /(NHÂN DÂN|UBND|HĐND)$/u;

/** "Số:" with its number on the next line; "Hà Nội, ngày" with the day on the next. */
const BROKEN_NUMBER = /^Số\s*:?$/u;
const BROKEN_DATE = /,?\s*ngày$/u;
const DATE_REST = /^\d{1,2}\s*tháng\b|^[.…_\s]*tháng\b/u;

/** One header line a copy broke in two is one line again; each line is looked at once. */
function joinBrokenLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    const single = line.columns.length <= 1 && next !== undefined && next.columns.length <= 1;
    if (single && next && line.text.length <= 80 && (BROKEN_NUMBER.test(line.text) || (BROKEN_DATE.test(line.text) && DATE_REST.test(next.text)))) {
      let text = `${line.text} ${next.text}`;
      i++;
      // A blank day and month break it twice: "Lào Cai, ngày" / "tháng" / "năm 2026".
      const third = lines[i + 1];
      if (third && third.columns.length <= 1 && /ngày\s+tháng$/u.test(text) && /^năm(?!\p{L})/u.test(third.text)) {
        text = `${text} ${third.text}`;
        i++;
      }
      out.push({ ...line, text, cells: [text], wideCells: [text], columns: [{ text, start: line.columns[0]?.start ?? 0 }] });
    } else out.push(line);
  }
  return out;
}

export function parseHeader(source: readonly SourceLine[]): HeaderResult {
  const result: HeaderResult = { issuerLines: [], issuerStrong: [], marks: {}, leftovers: [], votes: { state: 0, party: 0 }, anchored: false };
  let summary: string[] | undefined;
  let lastWasVv = false;
  const lines = joinBrokenLines(source);
  for (const line of lines) {
    for (const piece of pieces(line)) {
      const continuesVv = lastWasVv;
      lastWasVv = false;
      switch (piece.kind) {
        case 'national':
          result.votes[piece.family] += 5;
          result.anchored = true;
          break;
        case 'star':
          result.votes.party += 2;
          break;
        case 'rule':
          break;
        case 'number':
          if (result.number) {
            result.leftovers.push(line.text);
            break;
          }
          result.number = piece.match;
          result.votes[piece.match.family] += 3;
          result.anchored = true;
          break;
        case 'placeDate':
          if (result.placeDate) {
            result.leftovers.push(line.text);
            break;
          }
          result.placeDate = piece.match;
          result.anchored = true;
          break;
        case 'mark':
          Object.assign(result.marks, piece.mark);
          break;
        case 'vv':
          if (summary) result.leftovers.push(piece.text);
          else summary = [piece.text];
          lastWasVv = true;
          break;
        case 'upper': {
          const prev = result.issuerLines[result.issuerLines.length - 1];
          if (prev !== undefined && PLACE_UNIT.test(piece.text) && BEFORE_PLACE.test(prev)) {
            result.issuerLines[result.issuerLines.length - 1] = `${prev} ${piece.text}`;
          } else if (result.issuerLines.length < MAX_ISSUER_LINES) {
            result.issuerLines.push(piece.text);
            result.issuerStrong.push(line.strong === true);
          }
          // More capitals than an issuer ever has: kept as text.
          else result.leftovers.push(piece.text);
          break;
        }
        case 'other':
          // The trích yếu of a công văn may run over two lines.
          if (continuesVv && summary && startsLower(piece.text)) {
            summary.push(piece.text);
            lastWasVv = true;
          } else result.leftovers.push(piece.text);
          break;
      }
    }
  }
  if (summary) result.summary = summary.join(' ');
  return result;
}

/** Issuer lines → parent and name: the last line is the issuer, the ones above its parent. */
export function issuerFrom(lines: readonly string[], strong: readonly boolean[] = []): { parent?: string; name: string } | undefined {
  if (lines.length === 0) return undefined;
  // A markup copy tells them apart by weight: "BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "**VĂN PHÒNG**".
  const firstStrong = strong.indexOf(true);
  if (firstStrong > 0 && strong.slice(firstStrong, lines.length).every(Boolean)) {
    return { parent: lines.slice(0, firstStrong).join(' '), name: lines.slice(firstStrong).join(' ') };
  }
  if (lines.length === 1) return { name: lines[0] as string };
  if (lines.length === 2) return { parent: lines[0] as string, name: lines[1] as string };
  return { parent: lines[0] as string, name: lines.slice(1).join(' ') };
}
