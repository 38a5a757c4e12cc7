// Shapes of the title block: the tên loại (with the model's kind, or its nearest), and the author
// line under it.
import type { KindId, StandardFamily } from '../../model';
import { KINDS } from '../../standards';
import { isUpper } from './line';

// ── Tên loại ────────────────────────────────────────────────────────────────────────────

/** Tên loại of the kinds the model knows. */
const KIND_BY_TYPE_NAME = new Map<string, KindId>();
for (const spec of Object.values(KINDS)) {
  // The first kind listed for a name is its plain form (THÔNG BÁO → thong-bao, not -ket-luan):
  // refineKind picks the specific one from the words around the title.
  if (spec.typeName && !KIND_BY_TYPE_NAME.has(spec.typeName)) KIND_BY_TYPE_NAME.set(spec.typeName, spec.id);
}
KIND_BY_TYPE_NAME.set('THÔNG BÁO', 'thong-bao');
// The Party's own tên loại for a thông báo kết luận, printed whole (kept as title.typeName).
KIND_BY_TYPE_NAME.set('THÔNG BÁO KẾT LUẬN', 'thong-bao-ket-luan');
KIND_BY_TYPE_NAME.set('BÁO CÁO', 'bao-cao');

/**
 * Other tên loại of either rule book, with the model's nearest kind: the one whose use and
 * layout come closest. The printed name is kept as title.typeName, so nothing is lost.
 */
const NEAREST_KIND: Record<string, KindId> = {
  'CHƯƠNG TRÌNH': 'ke-hoach',
  'ĐỀ ÁN': 'ke-hoach',
  'PHƯƠNG ÁN': 'ke-hoach',
  'DỰ ÁN': 'ke-hoach',
  'HƯỚNG DẪN': 'chi-thi',
  'THÔNG TRI': 'chi-thi',
  'CÔNG ĐIỆN': 'chi-thi',
  'LỜI KÊU GỌI': 'chi-thi',
  'QUY ĐỊNH': 'quyet-dinh',
  'QUY CHẾ': 'quyet-dinh',
  'THÔNG TƯ': 'quyet-dinh',
  'NGHỊ ĐỊNH': 'quyet-dinh',
  'BIÊN BẢN': 'bao-cao',
  'GIẤY MỜI': 'thong-bao',
  'GIẤY GIỚI THIỆU': 'thong-bao',
};

export interface TitleMatch {
  typeName: string;
  kind: KindId;
  /** Capitals after the name on the same line: an author ("CỦA …") or an upper-case summary. */
  rest: string;
}

/**
 * A tên loại line. Matched whole and case-insensitively: Word's "All caps" formatting is lost
 * in a plain-text copy, so "Thông báo" may stand for THÔNG BÁO.
 */
export function matchTitle(line: string): TitleMatch | null {
  if (line.length > 200) return null;
  const upper = line.toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
  const exact = KIND_BY_TYPE_NAME.get(upper) ?? NEAREST_KIND[upper];
  if (exact) return { typeName: upper, kind: exact, rest: '' };
  // "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY" on one line: only in capitals, to stay clear of body text.
  if (!isUpper(line)) return null;
  for (const name of [...KIND_BY_TYPE_NAME.keys(), ...Object.keys(NEAREST_KIND)]) {
    if (upper.startsWith(`${name} `)) {
      const rest = upper.slice(name.length).trim();
      if (/^(CỦA|KẾT LUẬN|Ý KIẾN|TỔNG KẾT|SƠ KẾT|VỀ|V\/V)(?![\p{L}\p{N}])/u.test(rest)) {
        return { typeName: name, kind: KIND_BY_TYPE_NAME.get(name) ?? NEAREST_KIND[name] ?? 'thong-bao', rest };
      }
    }
  }
  return null;
}

/** The specific kind a generic tên loại stands for, read from the author and trích yếu. */
export function refineKind(kind: KindId, words: string): KindId {
  if (kind === 'thong-bao' && /kết\s+luận/iu.test(words)) return 'thong-bao-ket-luan';
  if (kind === 'bao-cao' && /tổng\s+kết/iu.test(words)) return 'bao-cao-tong-ket';
  return kind;
}

/** The kind a type code in the number stands for, when there is no tên loại. */
export function kindForTypeCode(code: string | undefined, family: StandardFamily): KindId | undefined {
  if (!code) return undefined;
  for (const spec of Object.values(KINDS)) {
    if (spec.typeCode[family] === code) return spec.id;
  }
  return undefined;
}

/** An author line under the tên loại: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA THƯỜNG TRỰC…". */
export function isAuthorLine(line: string): boolean {
  if (line.length > 200) return false;
  if (/^của\s/iu.test(line)) return true;
  return isUpper(line) && !/^(VỀ|V\/V)(?![\p{L}\p{N}])/u.test(line);
}
