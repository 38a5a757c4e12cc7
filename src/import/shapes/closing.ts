// Shapes of the labelled lists and the closing: "Kính gửi", "Nơi nhận", "Lưu", the signing
// authority, the position, the signed note and the signer's name.
import type { AuthorityForm, StandardFamily } from '../../model';
import { SHORT, isUpper } from './line';

// ── Kính gửi, Nơi nhận, Lưu ─────────────────────────────────────────────────────────────

/** "Kính gửi:", also as a scan reads it ("Kinh gửi:"). */
export const ADDRESSEES_LABEL = /^K[íi]nh\s+g[ửưu]i\s*:?\s*(.*)$/iu;
export const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
/** "- Lưu: VT, TH (2)." / "- Lưu Văn phòng Tỉnh ủy." / "Lưu VT". */
const ARCHIVE = /^(?:[-–—•+]\s*)?Lưu\s*(:)?\s*(.*)$/u;

export function matchArchive(line: string, bulleted: boolean): string | null {
  if (line.length > SHORT) return null;
  const m = ARCHIVE.exec(line);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  // "Lưu Văn Hải" could be a name: without a bullet or a colon, only the usual archive words.
  const marked = /^[-–—•+]/u.test(line) || m[1] === ':' || bulleted;
  if (!marked && !/^(VT|VP|Văn\s+phòng|hồ\s+sơ|HS|HSCV)(?![\p{L}\p{N}])/iu.test(rest)) return null;
  return rest;
}

// ── Thẩm quyền ký, chức vụ, họ tên ──────────────────────────────────────────────────────

export interface AuthorityMatch {
  form: AuthorityForm;
  family?: StandardFamily;
  on: string;
}

const AUTHORITY: { re: RegExp; form: AuthorityForm; family?: StandardFamily }[] = [
  { re: /^T\s*\/\s*M\b\.?\s*(.*)$/u, form: 'thay-mat', family: 'party' },
  { re: /^K\s*\/\s*T\b\.?\s*(.*)$/u, form: 'ky-thay', family: 'party' },
  { re: /^T\s*\/\s*UQ\b\.?\s*(.*)$/u, form: 'thua-uy-quyen', family: 'party' },
  { re: /^T\s*\/\s*L\b\.?\s*(.*)$/u, form: 'thua-lenh', family: 'party' },
  { re: /^TM\s*\.\s*(.*)$/u, form: 'thay-mat', family: 'state' },
  { re: /^KT\s*\.\s*(.*)$/u, form: 'ky-thay', family: 'state' },
  { re: /^TUQ\s*\.\s*(.*)$/u, form: 'thua-uy-quyen', family: 'state' },
  { re: /^TL\s*\.\s*(.*)$/u, form: 'thua-lenh', family: 'state' },
  { re: /^Q\s*\.\s*(.*)$/u, form: 'quyen' },
];

export function matchAuthority(line: string): AuthorityMatch | null {
  if (line.length > 200) return null;
  for (const a of AUTHORITY) {
    const m = a.re.exec(line);
    // The rest is the collective or the head, in capitals ("BAN THƯỜNG VỤ", "CHỦ TỊCH").
    if (m && (!(m[1] ?? '').trim() || isUpper(m[1] ?? ''))) return { form: a.form, family: a.family, on: (m[1] ?? '').trim() };
  }
  return null;
}

/** A position line in the signature block: capitals, short, no figures. */
export function isPositionLine(line: string): boolean {
  return line.length <= 120 && isUpper(line) && !/\d/u.test(line) && !/[:;]$/u.test(line);
}

/** "(đã ký, đóng dấu)", "Đã ký", "(Ký, ghi rõ họ tên)". */
export function isSignedNote(line: string): boolean {
  return line.length <= 100 && /^\(?\s*(?:đã\s+k[ýí]|k[ýí]\s*(?:,|tên|và|\)|$)|chữ\s+k[ýí])/iu.test(line);
}

/** A personal name: two to seven capitalised words, nothing else. */
export function isPersonName(line: string): boolean {
  // All capitals is a position ("BÍ THƯ"), not a name.
  return line.length <= 60 && /^\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){1,6}$/u.test(line) && !isUpper(line);
}
