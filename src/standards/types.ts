// The shape of a rule book as data. Every size, case, position and piece of punctuation a
// renderer shows comes from a Profile; compose/ reads it, renderers never do.
import type { AuthorityForm, KindId, ProfileId, StandardFamily } from '../model';

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Printed in capitals whatever the drafter typed. */
  caps?: boolean;
}

export interface Range {
  min: number;
  max: number;
}

/** A short solid rule, its length derived from a measured text line. */
export interface RuleSpec {
  kind: 'rule';
  /** Length as a fraction of the measured text (1 = as long as the text). */
  fraction: number;
  /** The legal range of that fraction, for check/ and the settings UI. */
  fractionRange?: Range;
  thicknessPt: number;
}

/** A separator printed as text ("*", "-----"). */
export interface TextMarkSpec {
  kind: 'text';
  text: string;
  style: TextStyle;
}

export type MarkSpec = RuleSpec | TextMarkSpec;

export type LineSpacing = { rule: 'auto'; multiple: number } | { rule: 'exact'; pt: number };

/** How a heading level is numbered. */
export type LabelScheme =
  | 'roman-dot' // I.
  | 'roman-dash' // I-
  | 'arabic-dot' // 1.
  | 'compound-dot' // 1.1.
  | 'letter-paren' // a)
  | 'letter-compound-paren'; // a.1)

export interface HeadingSpec {
  label: LabelScheme;
  /** Style of the label and the title; the text after the title is body style. */
  style: TextStyle;
  spaceBeforePt: number;
}

export interface Profile {
  id: ProfileId;
  family: StandardFamily;
  /** Short name of the rule book, for the UI and the notes. */
  basis: string;
  /** Dates (ISO) between which this profile is the default for its family. */
  validFrom?: string;
  validUntil?: string;

  page: {
    widthMm: number;
    heightMm: number;
    marginsMm: { top: number; bottom: number; left: number; right: number };
    marginRangesMm: { top: Range; bottom: Range; left: Range; right: Range };
    /** Distance of the page-number header from the top edge. */
    headerDistanceMm: number;
  };
  font: { family: string };

  header: {
    /** Left / right column fractions of the text width. */
    columns: [number, number];
    /** Right column, top: Quốc hiệu + Tiêu ngữ, or the Party title. */
    national: { text: string; style: TextStyle; fallbackSizePt?: number }[];
    /** Rule under the last national line (length = that line's width × fraction). */
    nationalRule: RuleSpec;
    parent: TextStyle;
    issuer: TextStyle;
    /** Under the issuer: a short rule (State) or "*" (Party). */
    issuerMark: MarkSpec;
    number: {
      style: TextStyle;
      /** "Số: " or "Số ". */
      prefix: string;
      /** Between the number and the symbol: "/" (State) or "-" (Party). */
      numberJoin: string;
      /** Between the type code and the issuer code: "-" (State) or "/" (Party). */
      symbolJoin: string;
    };
    /**
     * The space left where the number, the day or the month is still to be written in (by hand
     * or by the digital-signing tool): between "Số:" and "/TB-VP", "ngày" and "tháng". One width
     * for all three, so that the blanks of a draft look alike.
     */
    fillIn: string;
    placeDate: TextStyle;
    /** frameMm: the stamp's fixed outer size by mark, where the rule book gives one. */
    urgency: TextStyle & { framed: boolean; frameMm?: Partial<Record<string, [number, number]>> };
    secrecy: TextStyle & { framed: boolean; frameMm?: Partial<Record<string, [number, number]>> };
  };

  title: {
    spaceBeforePt: number;
    typeName: TextStyle;
    author: TextStyle;
    summary: TextStyle & { firstLetter: 'upper' | 'lower' | 'keep' };
    separator: MarkSpec;
  };

  addressees: {
    label: string;
    labelStyle: TextStyle;
    itemStyle: TextStyle;
    itemSeparator: string;
    lastEnd: string;
  };

  body: {
    style: TextStyle;
    sizeRangePt: Range;
    firstLineIndentMm: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
    line: LineSpacing;
    /** What follows the last sentence of the content: "./." or ".". */
    endMark: string;
    headings: [HeadingSpec, HeadingSpec, HeadingSpec, HeadingSpec];
  };

  /** Body tables; wide figure tables (bảng chỉ tiêu) use the dense size. */
  table: { style: TextStyle; headerStyle: TextStyle; denseSizePt: number };

  closing: {
    columns: [number, number];
    spaceBeforePt: number;
  };

  recipients: {
    label: string;
    labelStyle: TextStyle;
    itemStyle: TextStyle;
    itemSeparator: string;
    lastEnd: string;
    /** "Lưu: " (State) or "Lưu " (Party). */
    archivePrefix: string;
  };

  signature: {
    /** Printed form of each authority; null where the rule book has none. */
    forms: Record<AuthorityForm, string | null>;
    /** What an absent form is printed as instead (Party has no T/UQ: T/L). */
    fallback: Partial<Record<AuthorityForm, AuthorityForm>>;
    authorityStyle: TextStyle;
    positionStyle: TextStyle;
    nameStyle: TextStyle;
    noteStyle: TextStyle;
    /** Blank lines left for the signature and the seal. */
    spaceLines: number;
  };

  pageNumber: { style: TextStyle };

  appendix: {
    /** "Phụ lục {ROMAN}" or "Phụ lục {n}". */
    label: string;
    labelStyle: TextStyle;
    titleStyle: TextStyle;
    referenceStyle: TextStyle;
    separator: MarkSpec;
  };
}

export interface KindSpec {
  id: KindId;
  /** Tên loại as printed (empty for công văn). */
  typeName: string;
  /** Type abbreviation in the symbol, per family; null where the kind carries none. */
  typeCode: { state: string | null; party: string | null };
  /** Vietnamese name for lists and file names. */
  label: string;
  /** Whether the kind usually has a Kính gửi block. */
  addressees: boolean;
}
