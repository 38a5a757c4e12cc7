// Small helpers shared by the rules: citations per rule book, Vietnamese-aware text folding.
import type { Block } from '../model';
import type { Profile } from '../standards';
import type { Message } from './types';

export function msg(vi: string, en: string): Message {
  return { vi, en };
}

export const ND30 = 'NĐ 30/2020/NĐ-CP';
export const HD36 = 'HD 36-HD/VPTW';
export const HD05 = 'HD 05-HD/VPTW';

/** The clause of the document's own rule book. */
export function cite(profile: Profile, clauses: { state: string; hd36: string; hd05: string }): string {
  switch (profile.id) {
    case 'state-nd30':
      return `${ND30} ${clauses.state}`;
    case 'party-hd36':
      return `${HD36} ${clauses.hd36}`;
    case 'party-hd05':
      return `${HD05} ${clauses.hd05}`;
  }
}

/**
 * Lower-case, NFC, one spelling of "ủy": drafters write both "uỷ" and "ủy" (HD05 itself mixes
 * them), and matching must not depend on which.
 */
export function foldLower(s: string): string {
  return s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/uỷ/gu, 'ủy')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function foldUpper(s: string): string {
  return foldLower(s).toLocaleUpperCase('vi');
}

/** Empty, or only the "…" an import leaves where a required part was not found. */
export function isBlank(s: string | undefined | null): boolean {
  return !s || /^[\s…]*$/u.test(s);
}

/** A block that would print nothing. */
export function isEmptyBlock(block: Block): boolean {
  switch (block.type) {
    case 'heading':
      return isBlank(block.title) && isBlank(block.text);
    case 'paragraph':
      return isBlank(block.text);
    case 'list':
      return block.items.every(isBlank);
    case 'table':
      return block.header.every(isBlank) && block.rows.every((r) => r.every(isBlank));
    case 'indicators':
      return block.rows.length === 0;
  }
}

/** The archive as compose prints it: without a typed "- ", "Lưu:" or end punctuation. */
export function archiveText(archive: string): string {
  return archive
    .trim()
    .replace(/^[-–]\s*/u, '')
    .replace(/^Lưu\s*:?\s*/iu, '')
    .replace(/[\s;,.:]+$/u, '')
    .trim();
}

/** "ngày 13 tháng 02 năm 2019" is produced by the rule book; messages quote dates as 13/02/2019. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in the local time zone, as an ISO date. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
