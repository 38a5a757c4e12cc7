// Nơi nhận and the signature block. In Word they sit side by side in a two-column table; a copy
// gives them one after the other, or row by row with a tab between the columns, or the
// signature first. Lines are sent to two streams — recipients (left column) and signature
// (right column) — and each stream is read on its own.
import type { AuthorityForm, StandardFamily } from '../model';
import { stripTrailingPunctuation } from '../standards';
import type { SourceLine } from './lines';
import {
  RECIPIENTS_LABEL,
  SHORT,
  isPersonName,
  isPositionLine,
  isSignedNote,
  isUpper,
  listMarker,
  matchArchive,
  matchAuthority,
  startsLower,
} from './patterns';

const MAX_LINE = 2000;
const MAX_ENTRIES = 20000;
/** How far from the Nơi nhận label or the end a signature block may start. */
const SIGNATURE_REACH = 8;
/** The collective and the position, each over at most two lines. */
const MAX_POSITION_LINES = 4;

function isSignatureLine(t: string): boolean {
  return isPositionLine(t) || isSignedNote(t) || isPersonName(t) || matchAuthority(t) !== null;
}

/** What may follow a wrapped "Lưu" line: a count "(2b).", initials, the rest of a name. */
function isArchiveRest(cell: string): boolean {
  return cell.length <= 40 && !listMarker(cell) && !isSignatureLine(cell) && (/^\(/u.test(cell) || startsLower(cell));
}

/** A line's cells from the right column start this far left of the column's usual start at most. */
const COLUMN_SLACK = 6;

/**
 * Where the signature column starts in a layout copy ("Nơi nhận:        TL. CHỦ TỊCH"): the
 * leftmost start of a second cell among the closing's lines with two cells, if those starts
 * agree. Undefined when no line has two cells placed by spacing alone.
 */
function columnSplit(lines: readonly SourceLine[]): number | undefined {
  const starts: number[] = [];
  for (const line of lines) {
    if (line.cells.length >= 2 || line.columns.length < 2) continue;
    const second = line.columns[line.columns.length - 1];
    if (second && second.start >= 20) starts.push(second.start);
  }
  if (starts.length === 0) return undefined;
  const min = starts.reduce((a, b) => Math.min(a, b));
  const max = starts.reduce((a, b) => Math.max(a, b));
  // Two columns, not a ragged line: their starts agree within a few characters of the centred text.
  if (max - min > 40) return undefined;
  return Math.max(1, min - COLUMN_SLACK);
}

/** The words a signer's position opens with; a line before them continues the collective. */
const TITLE_START = /^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|CHỦ\s+NHIỆM|(?:TỔNG\s+)?GIÁM\s+ĐỐC|(?:TỔNG\s+)?BÍ\s+THƯ|CHÁNH|TRƯỞNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|THỨ\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỦ\s+TRƯỞNG|THỦ\s+TƯỚNG|(?:Ủ|U)[YỶ]\s+VIÊN|KẾ\s+TOÁN|GIÁM\s+THỊ|HIỆU\s+PHÓ)(?![\p{L}])/u;

/** A name with a slip of case: two to seven words of letters, the first one capitalised. */
function isLooseName(line: string): boolean {
  if (line.length > 50 || !/^\p{Lu}[\p{L}.'’]*(?: [\p{L}.'’]+){1,6}$/u.test(line) || /^(?:Nơi|Lưu|Kính)\s/u.test(line)) return false;
  // In capitals, a name is told from a title by the words titles are made of.
  return !isUpper(line) || !POSITION_WORD.test(line);
}

const POSITION_WORD = /(?:^|\s)(?:CHỦ|TỊCH|GIÁM|ĐỐC|VĂN|PHÒNG|TRƯỞNG|PHÓ|BÍ|THƯ|ỦY|UỶ|BAN|THƯỜNG|TRỰC|CHÁNH|VIỆN|TỔNG|THỦ|CỤC|VỤ|SỞ|NHÂN|DÂN|KIÊM|HỘI|ĐỒNG|ĐOÀN|TỈNH|HUYỆN|XÃ|ĐẢNG|CÁN|SỰ|THANH|TRA|KIỂM)(?=\s|$)/u;

function firstCell(line: SourceLine): string {
  return line.cells[0] ?? line.text;
}

/** Index (in lines) where the closing starts, or lines.length when there is none. */
export function findClosingStart(lines: readonly SourceLine[], from: number): number {
  const n = lines.length;
  for (let i = n - 1; i >= from; i--) {
    const line = lines[i] as SourceLine;
    if (line.text.length <= SHORT && RECIPIENTS_LABEL.test(firstCell(line))) {
      // The signature may have been copied before the Nơi nhận.
      for (let j = i - 1; j >= Math.max(from, i - SIGNATURE_REACH); j--) {
        const t = (lines[j] as SourceLine).text;
        if (matchAuthority(t)) return j;
        if (!isSignatureLine(t)) break;
      }
      return i;
    }
  }
  // No Nơi nhận: an authority line near the end, followed by signature lines only.
  for (let j = n - 1; j >= Math.max(from, n - SIGNATURE_REACH); j--) {
    const t = (lines[j] as SourceLine).text;
    if (matchAuthority(t)) return j;
    if (!isSignatureLine(t)) break;
  }
  // Or a position, perhaps a note, and a name as the very last lines ("BÍ THƯ" / "Lê Hữu Phúc").
  const last = lines[n - 1];
  if (last && n - 1 > from && isPersonName(last.text)) {
    let j = n - 2;
    while (j > from && isSignedNote((lines[j] as SourceLine).text)) j--;
    const isShortPosition = (k: number): boolean => k >= from && isPositionLine((lines[k] as SourceLine).text) && (lines[k] as SourceLine).text.length <= 60;
    if (isShortPosition(j)) {
      if (isShortPosition(j - 1)) j--;
      return j;
    }
  }
  return n;
}

export interface SignatureDraft {
  authority: AuthorityForm;
  on?: string;
  position?: string;
  name?: string;
  signedNote?: string;
}

export interface ClosingResult {
  recipients?: { entries: string[]; archive?: string };
  signature?: SignatureDraft;
  /** Lines of the closing that are neither: they go back to the body. */
  leftovers: string[];
  votes: Record<StandardFamily, number>;
}

export function parseClosing(lines: readonly SourceLine[]): ClosingResult {
  const votes: Record<StandardFamily, number> = { state: 0, party: 0 };
  const signatureLines: string[] = [];
  const leftovers: string[] = [];
  let recipients: ClosingResult['recipients'];
  let mode: 'before' | 'recipients' | 'after' = 'before';

  const entry = (cell: string): void => {
    const marker = listMarker(cell);
    const text = stripTrailingPunctuation(marker ? marker.rest : cell).trim();
    if (!text) return;
    if (text.length > MAX_LINE || (recipients?.entries.length ?? 0) >= MAX_ENTRIES) leftovers.push(cell);
    else {
      recipients?.entries.push(text);
      lastEntry = marker ? marker.rest : cell;
    }
  };

  /** Whether the last entry's line ended without ";", "," or ".": the next line may continue it. */
  let open = false;
  /** The last entry as typed (its punctuation kept), so that a wrapped line joins it as it was. */
  let lastEntry = '';
  /** Whether every entry so far began with a dash. */
  let allMarked = true;
  /** Whether the archive line may continue on the next line ("Lưu: VT, TH" / "(2b)."). */
  let archiveOpen = false;

  /** `placed`: the cell is known to stand in the left column (a layout copy). */
  const left = (cell: string, placed = false): void => {
    if (mode === 'before' || (mode === 'after' && !recipients)) {
      const label = cell.length <= SHORT ? RECIPIENTS_LABEL.exec(cell) : null;
      if (label) {
        recipients = { entries: [] };
        mode = 'recipients';
        const rest = (label[1] ?? '').trim();
        if (rest) left(rest, placed);
        return;
      }
      signatureLines.push(cell);
      return;
    }
    if (mode === 'after') {
      if (archiveOpen && recipients?.archive !== undefined && recipients.archive.length + cell.length < MAX_LINE && isArchiveRest(cell)) {
        recipients.archive = stripTrailingPunctuation(`${recipients.archive} ${cell}`).trim();
        archiveOpen = !/[.;]$/u.test(cell);
        return;
      }
      archiveOpen = false;
      // Left of a layout copy's signature column, after the archive: no signature line.
      if (placed) leftovers.push(cell);
      else signatureLines.push(cell);
      return;
    }
    const archive = matchArchive(cell, false);
    if (archive !== null) {
      const text = stripTrailingPunctuation(archive).trim();
      if (text.length <= MAX_LINE && recipients) {
        recipients.archive = text;
        votes[/^(?:[-–—•+]\s*)?Lưu\s*:/u.test(cell) ? 'state' : 'party']++;
        archiveOpen = !/[.;]$/u.test(cell);
      } else leftovers.push(cell);
      mode = 'after';
      return;
    }
    const marker = listMarker(cell);
    // "- Các sở, ban, ngành liên quan thuộc" / "tỉnh;": a wrapped entry continues. In a list whose
    // every entry has its dash, a line without one continues the entry above even after a ","
    // ("- Các Bộ: NNMT, DTTG, TC," / "NHNNVN;").
    const wraps = open || allMarked;
    const fitsEntry = lastEntry.length + cell.length < MAX_LINE;
    if (!marker && wraps && fitsEntry && recipients?.entries.length && (placed || startsLower(cell) || !isSignatureLine(cell)) && cell.length <= 200) {
      const last = recipients.entries.length - 1;
      lastEntry = `${lastEntry} ${cell}`;
      recipients.entries[last] = stripTrailingPunctuation(lastEntry).trim();
      open = !/[;,.]$/u.test(cell);
      return;
    }
    open = !/[;,.]$/u.test(cell);
    if (!marker) allMarked = false;
    if (marker || /[;,]$/u.test(cell)) return entry(cell);
    // A signature line copied between the entries (row by row from the table) does not end the list.
    if (!placed && isSignatureLine(cell)) {
      open = false;
      signatureLines.push(cell);
      return;
    }
    if (cell.length <= 200) return entry(cell);
    open = false;
    leftovers.push(cell);
    mode = 'after';
  };

  const split = columnSplit(lines);
  for (const line of lines) {
    if (split !== undefined && line.cells.length < 2) {
      // A layout copy: each cell goes to the column it starts in.
      const leftCells = line.columns.filter((c) => c.start < split).map((c) => c.text);
      const rightCells = line.columns.filter((c) => c.start >= split).map((c) => c.text);
      if (leftCells.length) left(leftCells.join(' '), true);
      if (rightCells.length) signatureLines.push(rightCells.join(' '));
      continue;
    }
    const cells = line.cells.length >= 2 ? line.cells : [line.text];
    left(cells[0] as string);
    // Further columns of a tabbed row are the signature column.
    for (const cell of cells.slice(1)) signatureLines.push(cell);
  }

  const sig = parseSignature(signatureLines);
  leftovers.push(...sig.leftovers);
  if (sig.family) votes[sig.family] += 2;
  return { recipients, signature: sig.signature, leftovers, votes };
}

interface SignatureResult {
  signature?: SignatureDraft;
  family?: StandardFamily;
  leftovers: string[];
}

/** Authority line, position line(s), the signed note, the name — in that order. */
export function parseSignature(lines: readonly string[]): SignatureResult {
  let auth = -1;
  for (let i = 0; i < lines.length; i++) {
    if (matchAuthority(lines[i] as string)) {
      auth = i;
      break;
    }
  }
  // The name closes the block: the first one under the authority, so that text a copy put after
  // the signature (an attached rule's "Chương IV") is not taken for it.
  let nameAt = -1;
  for (let i = auth + 1; i < lines.length; i++) {
    if (isPersonName(lines[i] as string)) {
      nameAt = i;
      break;
    }
  }
  // A name typed with a slip ("Nguyễn văn An", "NGUYỄN VĂN AN"): the last line, under a position.
  if (nameAt < 0 && lines.length >= 2) {
    const last = lines.length - 1;
    const t = lines[last] as string;
    if (last > auth && isLooseName(t) && (isPositionLine(lines[last - 1] as string) || isSignedNote(lines[last - 1] as string)) && !matchAuthority(t)) nameAt = last;
  }
  const leftovers: string[] = [];
  const start = auth >= 0 ? auth : 0;
  leftovers.push(...lines.slice(0, start));
  const authority = auth >= 0 ? matchAuthority(lines[auth] as string) : null;
  const positions: string[] = [];
  let signedNote: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i] as string;
    if (i === auth) continue;
    if (i === nameAt) continue;
    if (nameAt >= 0 && i > nameAt) leftovers.push(t);
    else if (signedNote === undefined && isSignedNote(t)) signedNote = t;
    else if (isPositionLine(t) && positions.length < MAX_POSITION_LINES) positions.push(t);
    else leftovers.push(t);
  }
  if (!authority && positions.length === 0 && nameAt < 0) return { leftovers: [...lines] };

  let on = authority?.on || undefined;
  let position: string | undefined;
  if (positions.length > 0) {
    // Lines under the authority are further links of the chain ("TL. CHỦ TỊCH" / "KT. CHÁNH VĂN
    // PHÒNG"), which keep their own line of `on` (compose prints it in the authority style, bold in
    // both rule books); then the rest of the collective ("TM. ỦY BAN NHÂN DÂN" / "TỈNH …"); then the
    // position, from the line a title opens ("CỤC TRƯỞNG CỤC" / "CHUYỂN ĐỔI SỐ QUỐC GIA"), or the
    // last line.
    let lastLink = -1;
    positions.forEach((p, i) => {
      if (matchAuthority(p)) lastLink = i;
    });
    const rest = positions.slice(lastLink + 1);
    let title = rest.findIndex((p) => TITLE_START.test(p));
    if (title < 0) title = rest.length - 1;
    for (const l of [...positions.slice(0, lastLink + 1), ...rest.slice(0, Math.max(0, title))]) on = on ? `${on}${matchAuthority(l) ? '\n' : ' '}${l}` : l;
    position = title >= 0 ? rest.slice(title).join('\n') : undefined;
  }
  return {
    signature: {
      authority: authority?.form ?? 'none',
      ...(on ? { on } : {}),
      ...(position ? { position } : {}),
      ...(nameAt >= 0 ? { name: lines[nameAt] as string } : {}),
      ...(signedNote ? { signedNote } : {}),
    },
    family: authority?.family,
    leftovers,
  };
}
