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
  listMarker,
  matchArchive,
  matchAuthority,
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
    else recipients?.entries.push(text);
  };

  const left = (cell: string): void => {
    if (mode === 'before' || (mode === 'after' && !recipients)) {
      const label = cell.length <= SHORT ? RECIPIENTS_LABEL.exec(cell) : null;
      if (label) {
        recipients = { entries: [] };
        mode = 'recipients';
        const rest = (label[1] ?? '').trim();
        if (rest) left(rest);
        return;
      }
      signatureLines.push(cell);
      return;
    }
    if (mode === 'after') {
      signatureLines.push(cell);
      return;
    }
    const archive = matchArchive(cell, false);
    if (archive !== null) {
      const text = stripTrailingPunctuation(archive).trim();
      if (text.length <= MAX_LINE && recipients) {
        recipients.archive = text;
        votes[/^(?:[-–—•+]\s*)?Lưu\s*:/u.test(cell) ? 'state' : 'party']++;
      } else leftovers.push(cell);
      mode = 'after';
      return;
    }
    if (listMarker(cell) || /[;,]$/u.test(cell)) return entry(cell);
    // A signature line copied between the entries (row by row from the table) does not end the list.
    if (isSignatureLine(cell)) {
      signatureLines.push(cell);
      return;
    }
    if (cell.length <= 200) return entry(cell);
    leftovers.push(cell);
    mode = 'after';
  };

  for (const line of lines) {
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
  let nameAt = -1;
  for (let i = lines.length - 1; i > auth; i--) {
    if (isPersonName(lines[i] as string)) {
      nameAt = i;
      break;
    }
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
    position = positions[positions.length - 1];
    const above = positions.slice(0, -1);
    // Lines between the authority and the position continue the collective ("TM. ỦY BAN NHÂN DÂN" / "TỈNH …").
    if (above.length) on = [on, ...above].filter(Boolean).join(' ');
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
