// What a copy carries that is no part of the document: the stamp of a digital signature
// ("Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …", "Ký bởi: …"), page numbers
// ("2", "- 2 -", "Trang 1/3"), a portal's or a browser's footer (URLs, "Cổng thông tin điện
// tử …", a print time). They are taken out of the lines before any region is read, and offered
// to the drafter as leftovers: kept, never silently dropped, never put into the body unasked.
//
// One step of the pipeline: lines → (lines without furniture, leftovers). Each line is looked
// at once, each cell once; a stamp's weaker lines ("Email: …") count only near a strong one,
// found with two linear sweeps.
import type { SourceLine } from './lines';

/** Furniture lines are short; a longer line is text even if it starts like one. */
const MAX_FURNITURE = 160;
/** How many lines from a strong stamp line its weaker lines may stand. */
const STAMP_REACH = 5;
/** The longest wrapped rest of a stamp line. */
const STAMP_WRAP = 60;

/** Lines only a digital signature's stamp prints. */
const STAMP_STRONG = /^(?:Người\s+ký|Ký\s+bởi|Ký\s+số\s+bởi|Được\s+ký\s+bởi|Thời\s+gian\s+ký|Ngày\s+ký|Signed\s+by|Signature\s+(?:Not\s+)?(?:Verified|Valid))(?![\p{L}\p{N}])\s*:?/iu;
/** Lines a stamp prints that a body may also hold: only near a strong one. */
const STAMP_WEAK = /^(?:E-?mail|Cơ\s+quan|Chức\s+vụ|Đơn\s+vị|Địa\s+chỉ|Điện\s+thoại|Thời\s+gian|Ngày|Date|Reason|Location|Lý\s+do|Vị\s+trí)\s*:/iu;
/** "10.01.2024 15:30:12 +07:00", "2024-01-10T15:30:12+07:00": the stamp's time on a line of its own. */
const TIMESTAMP = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ T]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{2}:?\d{2}|Z|GMT[+-]?\d{0,2}|[AP]M))*$/iu;

/** "2", "- 2 -", "– 12 –", "Trang 1/3", "Trang 2 trên 5", "Page 1 of 3", "1/3". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:Trang|Page)\s*:?\s*\d{1,3}(?:\s*(?:\/|trên|of|\/\s*tổng)\s*\d{1,3})?$|^\d{1,3}\s*\/\s*\d{1,3}$/iu;
/** A line that is a web address and nothing more. */
const URL = /^(?:(?:https?|ftp):\/\/|www\.)[^\s]{1,300}$/iu;
/** A browser's print header: "02/12/2026, 10:45" or "10:45 02/12/2026". */
const PRINT_TIME = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\d{1,2}:\d{2}(?:\s*[AP]M)?,?\s+\d{1,2}\/\d{1,2}\/\d{2,4})$/iu;
/** The footers portals and law libraries put on every page. */
const PORTAL = /^(?:Cổng\s+thông\s+tin\s+điện\s+tử|Trang\s+thông\s+tin\s+điện\s+tử|Bản\s+quyền|Copyright|©|Thư\s+viện\s+Pháp\s+luật|LuatVietnam|Văn\s+bản\s+này\s+(?:đã\s+)?được\s+ký\s+số|Tải\s+(?:về|văn\s+bản)|In\s+văn\s+bản)(?![\p{L}\p{N}])/iu;

/**
 * A law portal's caption under the text: "Thông báo 631/TB-VPCP năm 2025 về … do Văn phòng Chính
 * phủ ban hành", "Văn bản này chưa cập nhật nội dung Tiếng Anh". Bounded: at most CAPTION_MAX long.
 */
const CAPTION_MAX = 700;
const CAPTION = /^(?:Thông báo|Thông tư|Chỉ thị|Quyết định|Kế hoạch|Công văn|Kết luận|Nghị quyết|Nghị định|Báo cáo|Hướng dẫn|Tờ trình|Quy định|Quy chế|Chương trình|Công điện)(?: số)? \d{1,6}[\p{L}\p{N}/.\-]* (?:năm \d{4}|ngày \d{1,2}\/\d{1,2}\/\d{4})(?!\d)[^\n]* do [^\n]{2,200} ban hành$/u;
const PORTAL_NOTE = /^Văn bản này (?:chưa|đã) (?:cập nhật|có)(?![\p{L}\p{N}])/u;

/** A portal's caption or note about the text, not part of it. */
export function isPortalCaption(text: string): boolean {
  return text.length <= CAPTION_MAX && (CAPTION.test(text) || (text.length <= MAX_FURNITURE && PORTAL_NOTE.test(text)));
}


/** A cell that a stamp prints whatever stands around it. */
export function isStampCell(text: string): boolean {
  return text.length <= MAX_FURNITURE && STAMP_STRONG.test(text);
}

/** A cell a stamp prints that is furniture only near a strong stamp cell. */
function isWeakStampCell(text: string): boolean {
  return text.length <= MAX_FURNITURE && (STAMP_WEAK.test(text) || TIMESTAMP.test(text));
}

/** A line that ends as a sentence does: body text, whatever its first words. */
const SENTENCE_END = /[.;:!?…]["”’)]*$/u;

/**
 * Page numbers, addresses, print times and portal footers. A footer is a caption, not a
 * sentence: "Cổng thông tin điện tử tỉnh có trách nhiệm đăng tải văn bản này." is the body's.
 */
export function isPageFurniture(text: string): boolean {
  return text.length <= MAX_FURNITURE && (PAGE_NUMBER.test(text) || URL.test(text) || PRINT_TIME.test(text) || (PORTAL.test(text) && !SENTENCE_END.test(text)));
}

export interface FurnitureSplit {
  lines: SourceLine[];
  /** The furniture, in source order, each as its text. */
  leftovers: string[];
}

/** The line with some of its cells taken out, or undefined when none is left. */
function withoutCells(line: SourceLine, drop: ReadonlySet<number>): SourceLine | undefined {
  const columns = line.columns.filter((_, i) => !drop.has(i));
  if (columns.length === 0) return undefined;
  const texts = columns.map((c) => c.text);
  return { ...line, text: texts.join(' '), cells: texts, wideCells: texts, columns, indent: columns[0]?.start ?? 0 };
}

/**
 * Takes the furniture out of the lines. A cell is furniture by its own shape, so that a stamp
 * printed beside the header ("UBND TỈNH X      CỘNG HÒA …      Ký bởi: …") leaves the header's
 * cells in place.
 */
export function splitFurniture(lines: readonly SourceLine[]): FurnitureSplit {
  const n = lines.length;
  const strong = lines.map((l) => l.columns.some((c) => isStampCell(c.text)));
  // Distance to the nearest strong stamp line, above and below: two sweeps.
  const near = new Array<boolean>(n).fill(false);
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (strong[i]) last = i;
    near[i] = i - last <= STAMP_REACH;
  }
  last = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    if (strong[i]) last = i;
    if (last - i <= STAMP_REACH) near[i] = true;
  }
  const out: SourceLine[] = [];
  const leftovers: string[] = [];
  /** Whether the line before was all stamp: a stamp's value may wrap onto the next line. */
  let afterStamp = false;
  lines.forEach((line, i) => {
    const drop = new Set<number>();
    line.columns.forEach((c, k) => {
      if (isStampCell(c.text) || (near[i] && isWeakStampCell(c.text))) drop.add(k);
    });
    // "Người ký: Văn phòng Ủy ban" / "nhân dân tỉnh": the wrapped rest of a stamp line.
    const wrapped = afterStamp && line.columns.length === 1 && line.text.length <= STAMP_WRAP && /^\p{Ll}/u.test(line.text);
    if (wrapped) drop.add(0);
    afterStamp = drop.size > 0 && drop.size === line.columns.length;
    // Page furniture stands alone on its line (a page number beside text is a figure).
    const furnitureLine = drop.size === 0 && ((line.text.length <= MAX_FURNITURE && line.columns.every((c) => isPageFurniture(c.text))) || isPortalCaption(line.text));
    if (furnitureLine) {
      leftovers.push(line.text);
      return;
    }
    if (drop.size === 0) {
      out.push(line);
      return;
    }
    for (const k of drop) leftovers.push(line.columns[k]?.text ?? '');
    const rest = withoutCells(line, drop);
    if (rest) out.push(rest);
  });
  return { lines: out, leftovers: leftovers.filter(Boolean) };
}
