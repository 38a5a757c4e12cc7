// The three rule books as data. Values: shared/spec/FORMAT.md (defaults), with the legal ranges
// from nd30.md, hd36.md and party-2026.md. An office that picks another compliant value, or a
// new guideline, changes data here, not code.
import type { ProfileId } from '../model';
import type { Profile } from './types';

const A4 = { widthMm: 210, heightMm: 297 };

/** NĐ 30/2020/NĐ-CP, Phụ lục I. */
export const STATE_ND30: Profile = {
  id: 'state-nd30',
  family: 'state',
  basis: 'Nghị định 30/2020/NĐ-CP',
  validFrom: '2020-03-05',
  page: {
    ...A4,
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    marginRangesMm: {
      top: { min: 20, max: 25 },
      bottom: { min: 20, max: 25 },
      left: { min: 30, max: 35 },
      right: { min: 15, max: 20 },
    },
    headerDistanceMm: 10,
  },
  font: { family: 'Times New Roman' },
  header: {
    // 40/60 keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold ≈ 95.7 mm) on one line in 99 mm.
    columns: [0.4, 0.6],
    national: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { sizePt: 13, bold: true, caps: true }, fallbackSizePt: 12 },
      { text: 'Độc lập - Tự do - Hạnh phúc', style: { sizePt: 14, bold: true } },
    ],
    // "đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ" (Phụ lục I, II.1.c).
    nationalRule: { kind: 'rule', fraction: 1, thicknessPt: 0.5 },
    parent: { sizePt: 13, caps: true },
    issuer: { sizePt: 13, bold: true, caps: true },
    // "từ 1/3 đến 1/2 độ dài của dòng chữ, đặt cân đối" (II.2.b).
    issuerMark: { kind: 'rule', fraction: 0.4, fractionRange: { min: 1 / 3, max: 1 / 2 }, thicknessPt: 0.5 },
    number: { style: { sizePt: 13 }, prefix: 'Số: ', numberJoin: '/', symbolJoin: '-' },
    // The Mẫu write "Số:     /QĐ-…" and "ngày … tháng … năm …"; eight spaces (≈ 9 mm at 13 pt,
    // 10 mm at 14 pt) take a four-digit number or a two-digit day written by hand.
    fillIn: '        ',
    placeDate: { sizePt: 14, italic: true },
    // Phụ lục I, III: "HỎA TỐC 30×8 mm, THƯỢNG KHẨN 40×8 mm, KHẨN 20×8 mm".
    urgency: { sizePt: 13, bold: true, caps: true, framed: true, frameMm: { 'KHẨN': [20, 8], 'THƯỢNG KHẨN': [40, 8], 'HỎA TỐC': [30, 8] } },
    secrecy: { sizePt: 13, bold: true, caps: true, framed: true },
  },
  title: {
    spaceBeforePt: 18,
    typeName: { sizePt: 14, bold: true, caps: true },
    author: { sizePt: 14, bold: true, caps: true },
    summary: { sizePt: 14, bold: true, firstLetter: 'upper' },
    separator: { kind: 'rule', fraction: 0.4, fractionRange: { min: 1 / 3, max: 1 / 2 }, thicknessPt: 0.5 },
  },
  addressees: {
    label: 'Kính gửi:',
    labelStyle: { sizePt: 14 },
    itemStyle: { sizePt: 14 },
    itemSeparator: ';',
    lastEnd: '.',
  },
  body: {
    style: { sizePt: 14 },
    sizeRangePt: { min: 13, max: 14 },
    firstLineIndentMm: 10,
    spaceBeforePt: 6,
    spaceAfterPt: 0,
    line: { rule: 'auto', multiple: 1 },
    endMark: './.',
    headings: [
      { label: 'roman-dot', style: { sizePt: 14, bold: true, caps: true }, spaceBeforePt: 6 },
      { label: 'arabic-dot', style: { sizePt: 14, bold: true }, spaceBeforePt: 6 },
      { label: 'letter-paren', style: { sizePt: 14, bold: true, italic: true }, spaceBeforePt: 6 },
      { label: 'letter-compound-paren', style: { sizePt: 14, italic: true }, spaceBeforePt: 6 },
    ],
  },
  table: { style: { sizePt: 13 }, headerStyle: { sizePt: 13, bold: true }, denseSizePt: 12 },
  closing: { columns: [0.4, 0.6], spaceBeforePt: 12 },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: { sizePt: 12, bold: true, italic: true },
    itemStyle: { sizePt: 11 },
    itemSeparator: ';',
    lastEnd: '.',
    archivePrefix: 'Lưu: ',
  },
  signature: {
    forms: { none: '', 'thay-mat': 'TM.', 'ky-thay': 'KT.', 'thua-lenh': 'TL.', 'thua-uy-quyen': 'TUQ.', quyen: 'Q.' },
    fallback: {},
    authorityStyle: { sizePt: 14, bold: true, caps: true },
    positionStyle: { sizePt: 14, bold: true, caps: true },
    nameStyle: { sizePt: 14, bold: true },
    noteStyle: { sizePt: 14, italic: true },
    spaceLines: 4,
  },
  pageNumber: { style: { sizePt: 14 } },
  appendix: {
    label: 'Phụ lục {ROMAN}',
    labelStyle: { sizePt: 14, bold: true },
    titleStyle: { sizePt: 14, bold: true, caps: true },
    referenceStyle: { sizePt: 14, italic: true },
    separator: { kind: 'rule', fraction: 0.4, thicknessPt: 0.5 },
  },
};

/** Hướng dẫn 36-HD/VPTW (03/4/2018): Party documents dated before 27/05/2026. */
export const PARTY_HD36: Profile = {
  id: 'party-hd36',
  family: 'party',
  basis: 'Hướng dẫn 36-HD/VPTW',
  validUntil: '2026-05-26',
  page: {
    ...A4,
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    // Fixed values in the Party guides: the range is the single value.
    marginRangesMm: {
      top: { min: 20, max: 20 },
      bottom: { min: 20, max: 20 },
      left: { min: 30, max: 30 },
      right: { min: 15, max: 15 },
    },
    headerDistanceMm: 10,
  },
  font: { family: 'Times New Roman' },
  header: {
    columns: [0.45, 0.55],
    national: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true, caps: true } }],
    nationalRule: { kind: 'rule', fraction: 1, thicknessPt: 0.5 },
    parent: { sizePt: 14, caps: true },
    issuer: { sizePt: 14, bold: true, caps: true },
    issuerMark: { kind: 'text', text: '*', style: { sizePt: 14 } },
    number: { style: { sizePt: 14 }, prefix: 'Số ', numberJoin: '-', symbolJoin: '/' },
    // HD36 §2.3: "leave blank space for the number" (Số      -TB/TU); as wide as the State's.
    fillIn: '        ',
    placeDate: { sizePt: 14, italic: true },
    urgency: { sizePt: 14, bold: true, caps: true, framed: false },
    secrecy: { sizePt: 14, bold: true, caps: true, framed: true },
  },
  title: {
    spaceBeforePt: 18,
    typeName: { sizePt: 16, bold: true, caps: true },
    author: { sizePt: 14, bold: true, caps: true },
    summary: { sizePt: 14, bold: true, firstLetter: 'lower' },
    separator: { kind: 'text', text: '-----', style: { sizePt: 14 } },
  },
  addressees: {
    label: 'Kính gửi:',
    labelStyle: { sizePt: 14, italic: true },
    itemStyle: { sizePt: 14 },
    itemSeparator: ',',
    lastEnd: '.',
  },
  body: {
    style: { sizePt: 14 },
    sizeRangePt: { min: 14, max: 15 },
    firstLineIndentMm: 10,
    spaceBeforePt: 0,
    spaceAfterPt: 6,
    line: { rule: 'exact', pt: 18 },
    endMark: './.',
    headings: [
      { label: 'roman-dash', style: { sizePt: 14, bold: true, caps: true }, spaceBeforePt: 6 },
      { label: 'arabic-dot', style: { sizePt: 14, bold: true }, spaceBeforePt: 0 },
      { label: 'compound-dot', style: { sizePt: 14, bold: true, italic: true }, spaceBeforePt: 0 },
      { label: 'letter-paren', style: { sizePt: 14, italic: true }, spaceBeforePt: 0 },
    ],
  },
  table: { style: { sizePt: 13 }, headerStyle: { sizePt: 13, bold: true }, denseSizePt: 12 },
  closing: { columns: [0.45, 0.55], spaceBeforePt: 12 },
  recipients: {
    label: 'Nơi nhận:',
    labelStyle: { sizePt: 14, underline: true },
    itemStyle: { sizePt: 12 },
    itemSeparator: ',',
    lastEnd: '.',
    archivePrefix: 'Lưu ',
  },
  signature: {
    forms: { none: '', 'thay-mat': 'T/M', 'ky-thay': 'K/T', 'thua-lenh': 'T/L', 'thua-uy-quyen': null, quyen: 'Q.' },
    // HD36 has no T/UQ: "ủy quyền ký dùng T/L".
    fallback: { 'thua-uy-quyen': 'thua-lenh' },
    authorityStyle: { sizePt: 14, bold: true, caps: true },
    positionStyle: { sizePt: 14, caps: true },
    nameStyle: { sizePt: 14, bold: true },
    noteStyle: { sizePt: 14, italic: true },
    spaceLines: 4,
  },
  pageNumber: { style: { sizePt: 14 } },
  appendix: {
    label: 'Phụ lục {n}',
    labelStyle: { sizePt: 14, bold: true },
    titleStyle: { sizePt: 14, bold: true, caps: true },
    referenceStyle: { sizePt: 14, italic: true },
    separator: { kind: 'text', text: '-----', style: { sizePt: 14 } },
  },
};

/**
 * Hướng dẫn 05-HD/VPTW (27/5/2026) under Quy định 399-QĐ/TW: HD36's typography with the
 * changes of party-2026.md §3 — "." to end the content, ";" in Nơi nhận and Kính gửi.
 */
export const PARTY_HD05: Profile = {
  ...PARTY_HD36,
  id: 'party-hd05',
  basis: 'Hướng dẫn 05-HD/VPTW',
  validFrom: '2026-05-27',
  validUntil: undefined,
  addressees: { ...PARTY_HD36.addressees, itemSeparator: ';' },
  body: { ...PARTY_HD36.body, endMark: '.', line: { rule: 'exact', pt: 18 } },
  recipients: { ...PARTY_HD36.recipients, itemSeparator: ';' },
};

export const PROFILES: Record<ProfileId, Profile> = {
  'state-nd30': STATE_ND30,
  'party-hd36': PARTY_HD36,
  'party-hd05': PARTY_HD05,
};

/** Date from which documents of the Party follow HD 05-HD/VPTW. */
export const PARTY_HD05_FROM = '2026-05-27';
