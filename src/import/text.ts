// Pasted text → a Document draft. The text is read in zones — header, title block, Kính gửi,
// body, closing — each by the shapes of its parts (patterns.ts). What is found is listed in
// `recognised`; a required field that was not found holds PLACEHOLDER so that the UI can ask
// for it. No source line is dropped except Word field remnants ("PAGE") and the marks a rule
// book prints by itself (Quốc hiệu, "*", rules, labels): anything not recognised stays in the
// body as a paragraph.
import {
  documentSchema,
  type Block,
  type DateBlank,
  type Document,
  type DocumentInput,
  type KindId,
  type StandardFamily,
} from '../model';
import { KINDS } from '../standards';
import { blockText, capBlocks, parseBody, stripEndMark } from './body';
import type { ImportChange } from './changes';
import { parseAppendix, splitAppendices } from './appendix';
import { findClosingStart, parseClosing } from './closing';
import { isAnchorLine, isHeaderLine, issuerFrom, parseHeader } from './header';
import { splitFurniture } from './furniture';
import { isFieldRemnant, readLines, type SourceLine } from './lines';
import {
  ADDRESSEES_LABEL,
  RECIPIENTS_LABEL,
  SHORT,
  endsClause,
  isAuthorLine,
  isoDate,
  isRuleLine,
  isStar,
  isUpper,
  kindForTypeCode,
  listMarker,
  matchNumbered,
  matchTitle,
  refineKind,
  startsLower,
  type PlaceDateMatch,
  type TitleMatch,
} from './patterns';

/** Stands for a required field the text did not give; the UI asks the drafter to fill it. */
export const PLACEHOLDER = '…';

/** Parts of a document the importer can find, in a stable order. */
export const RECOGNISED_PARTS = [
  'standard',
  'issuer',
  'number',
  'placeDate',
  'kind',
  'author',
  'summary',
  'addressees',
  'recipients',
  'signature',
  'headings',
  'marks',
  'appendices',
] as const;
export type RecognisedPart = (typeof RECOGNISED_PARTS)[number];

/** The parts a document needs, each with the field that holds it, for "not found" in the UI. */
export const REQUIRED_PARTS = {
  issuer: 'issuer.name',
  number: 'number.issuerCode',
  place: 'place',
  date: 'date',
  summary: 'title.summary',
  recipients: 'recipients.entries',
  archive: 'recipients.archive',
  position: 'signature.position',
  signer: 'signature.name',
} as const;
export type RequiredPart = keyof typeof REQUIRED_PARTS;

export interface MissingPart {
  part: RequiredPart;
  /** The Document path of the field to fill in ("signature.position"). */
  path: string;
}

/** An ImportResult's lists when a file gives its Document whole (a Vanban .docx). */
export const NOTHING_MISSING = { missing: [], unplaced: [], leftovers: [] } as const satisfies Pick<ImportResult, 'missing' | 'unplaced' | 'leftovers'>;

export interface ImportResult {
  document: Document;
  /** Which parts were found in the source; a part not listed holds a default or PLACEHOLDER. */
  recognised: RecognisedPart[];
  /** Required parts the source did not give, in a stable order: the draft holds PLACEHOLDER there. */
  missing: MissingPart[];
  /** Lines outside the body (header, title, closing) that matched nothing; they were put in the body. */
  unplaced: string[];
  /** unplaced.length, kept for older callers. */
  unrecognisedLines: number;
  /**
   * What the copy carried that is no part of the document — a digital signature's stamp, page
   * numbers, a portal's footer — in source order. Not in the body: the drafter may add them.
   */
  leftovers: string[];
  /** A Vanban DOCX only: what the file's text says differently from the Document it embeds. */
  changes?: ImportChange[];
}

export interface ImportOptions {
  /**
   * ISO date whose year stands in a date the text leaves blank (or does not give); defaults to
   * today (local time). The day and month are never taken from it as if the text said them.
   */
  today?: string;
}

const MAX_LINE = 2000;
const MAX_SUMMARY = 2000;
const MAX_ADDRESSEES = 200;
/** The tên loại is looked for among the first lines only, before any body-length paragraph. */
const TITLE_WINDOW = 40;

/**
 * The date a text gives, or a blank: import never invents a day or a month. What is blank
 * still needs a full ISO date in the model (it picks the rule book, HD05 from 27/05/2026), so
 * the given year and month are kept and the rest is today's when it falls in them, else the
 * first of the month (or of the year).
 */
function dateFrom(found: PlaceDateMatch | undefined, today: string): { date: string; dateBlank?: DateBlank } {
  if (found?.date) return { date: found.date };
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  if (found?.blank === 'day' && found.year && found.month) {
    const date = found.year === ty && found.month === tm ? today : isoDate(found.year, found.month, 1);
    if (date) return { date, dateBlank: 'day' };
  }
  const year = found?.year;
  if (year && year !== ty) {
    const date = isoDate(year, 1, 1);
    if (date) return { date, dateBlank: 'dayMonth' };
  }
  return { date: today, dateBlank: 'dayMonth' };
}

function todayIso(options: ImportOptions): string {
  if (options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) return options.today;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function findTitle(lines: readonly SourceLine[]): { at: number; match: TitleMatch } | undefined {
  for (let i = 0; i < Math.min(lines.length, TITLE_WINDOW); i++) {
    const line = lines[i] as SourceLine;
    if (line.text.length > SHORT) return undefined;
    if (line.cells.length > 1) continue;
    const match = matchTitle(line.text);
    if (match) return { at: i, match };
  }
  return undefined;
}

/** Without a tên loại: the leading lines that all have header shapes, if one of them is an anchor. */
function headerPrefix(lines: readonly SourceLine[]): number {
  let end = 0;
  while (end < lines.length && end < TITLE_WINDOW) {
    const line = lines[end] as SourceLine;
    if (ADDRESSEES_LABEL.test(line.text) || !isHeaderLine(line)) break;
    end++;
  }
  // A công văn's "V/v …" may continue on a lower-case line.
  while (end < lines.length && startsLower((lines[end] as SourceLine).text) && (lines[end] as SourceLine).text.length <= SHORT && end > 0 && /^V\s*\/\s*v\b/iu.test((lines[end - 1] as SourceLine).text)) end++;
  return lines.slice(0, end).some(isAnchorLine) ? end : 0;
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

interface TitleBlock {
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

function readTitleBlock(lines: readonly SourceLine[], at: number, match: TitleMatch, family: StandardFamily | undefined): TitleBlock {
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

/** "Kính gửi: …" on its line, then "- …;" entries up to the one that ends with ".". */
function readAddressees(lines: readonly SourceLine[], at: number): { entries: string[]; end: number } | undefined {
  const first = lines[at];
  if (!first || first.text.length > SHORT) return undefined;
  const label = ADDRESSEES_LABEL.exec(first.text);
  if (!label) return undefined;
  const entries: string[] = [];
  const add = (s: string): void => {
    const marker = listMarker(s);
    const text = (marker ? marker.rest : s).replace(/[\s;,.:]+$/u, '').trim();
    if (text) entries.push(text);
  };
  const rest = (label[1] ?? '').trim();
  let k = at + 1;
  if (rest) add(rest);
  let closed = rest !== '' && /\.$/u.test(rest);
  /** The last entry's line as typed, to tell whether the copy wrapped it. */
  let lastRaw = rest;
  while (!closed && k < lines.length) {
    const t = (lines[k] as SourceLine).text;
    if (t.length > MAX_LINE || matchNumbered(t)) break;
    const marked = listMarker(t) !== null;
    // "… thành phố trực thuộc trung" / "ương": a wrapped entry runs on to its end mark.
    const lastOpen = entries.length > 0 && !/[;,.:]$/u.test(lastRaw);
    if (!marked && lastOpen && t.length <= 200 && (entries[entries.length - 1] ?? '').length + t.length < MAX_LINE && (startsLower(t) || /[;.]$/u.test(t))) {
      entries[entries.length - 1] = `${entries[entries.length - 1] ?? ''} ${t.replace(/[\s;,.:]+$/u, '')}`.trim();
      lastRaw = t;
      k++;
      closed = /\.$/u.test(t);
      continue;
    }
    // "Kính gửi:" alone, then one addressee without a dash, perhaps wrapped.
    const firstPlain = entries.length === 0 && !rest && !marked && t.length <= 200;
    const isEntry = marked || /[;,]$/u.test(t) || (/\.$/u.test(t) && t.length <= 200) || firstPlain;
    if (!isEntry) break;
    add(t);
    lastRaw = t;
    k++;
    closed = /\.$/u.test(t);
  }
  // A lone first line that nothing closed was running text, not an addressee.
  if (!rest && entries.length === 1 && !/[;,.]$/u.test(lastRaw) && k === at + 2) return { entries: [], end: at + 1 };
  if (entries.length > MAX_ADDRESSEES || entries.some((e) => e.length > MAX_LINE)) return undefined;
  return { entries, end: k };
}

function decideFamily(...votes: Record<StandardFamily, number>[]): { family: StandardFamily; evidence: boolean } {
  const state = votes.reduce((a, v) => a + v.state, 0);
  const party = votes.reduce((a, v) => a + v.party, 0);
  if (state === 0 && party === 0) return { family: 'state', evidence: false };
  return { family: party > state ? 'party' : 'state', evidence: true };
}

function fits(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '' && s.length <= MAX_LINE;
}

/** importText without its safety net: throws if the draft breaks the schema (a bug). */
export function importTextOrThrow(text: string, options: ImportOptions = {}): ImportResult {
  // Appendices after the closing are read on their own; the rest is the document.
  const furniture = splitFurniture(readLines(text).filter((l) => !isFieldRemnant(l.text)));
  const split = splitAppendices(furniture.lines);
  const lines = split.main;
  const found = new Set<RecognisedPart>();
  const today = todayIso(options);

  // ── Header and title block ─────────────────────────────────────────────────────────
  const title = findTitle(lines);
  const headerEnd = title ? title.at : headerPrefix(lines);
  const header = parseHeader(lines.slice(0, headerEnd));
  const headerFamily = header.votes.state === header.votes.party ? undefined : header.votes.state > header.votes.party ? 'state' : 'party';
  const block = title ? readTitleBlock(lines, title.at, title.match, headerFamily) : undefined;
  let k = block ? block.end : headerEnd;
  const headLeftovers = [...header.leftovers];

  // ── Kính gửi ───────────────────────────────────────────────────────────────────────
  const addressees = readAddressees(lines, k);
  if (addressees) k = addressees.end;

  // ── Closing, then the body between ─────────────────────────────────────────────────
  const closingStart = findClosingStart(lines, k);
  const closing = parseClosing(lines.slice(closingStart));
  const familyVotes = decideFamily(header.votes, closing.votes);
  const family = familyVotes.family;
  if (familyVotes.evidence) found.add('standard');

  const placeDate = header.placeDate;
  const { date, dateBlank } = dateFrom(placeDate, today);

  const bodyLines = lines.slice(k, closingStart);
  const body = parseBody(bodyLines, family, date);
  const blocks: Block[] = [...headLeftovers.map((t): Block => ({ type: 'paragraph', text: t })), ...body.blocks];
  stripEndMark(blocks);
  for (const t of closing.leftovers) blocks.push({ type: 'paragraph', text: t });
  /** Lines of the frame (header, title, closing) that were put back into the body. */
  const unplaced = [...headLeftovers, ...closing.leftovers];
  const putBack = (text: string): void => {
    blocks.unshift({ type: 'paragraph', text });
    unplaced.unshift(text);
  };
  if (body.headings > 0) found.add('headings');

  // ── Kind and title ─────────────────────────────────────────────────────────────────
  let number = header.number;
  let kind: KindId = 'cong-van';
  let summary = block?.summary;
  if (block) {
    kind = refineKind(block.kind, `${block.author ?? ''} ${block.summary ?? ''}`);
    found.add('kind');
    if (header.summary) putBack(header.summary);
  } else if (header.summary) {
    kind = 'cong-van';
    summary = header.summary;
    found.add('kind');
    // A công văn's symbol has no type code: "Số: 5348/CT-CS" is Cục Thuế's CS unit, not a Chỉ thị.
    if (number?.typeCode) number = { ...number, issuerCode: `${number.typeCode}-${number.issuerCode}`, typeCode: undefined };
  } else {
    const byCode = kindForTypeCode(number?.typeCode, family);
    if (byCode) {
      kind = byCode;
      found.add('kind');
    }
  }
  if (summary !== undefined && summary.length > MAX_SUMMARY) {
    putBack(summary);
    summary = undefined;
  }
  if (summary) found.add('summary');
  const author = fits(block?.author) ? block?.author : undefined;
  if (block?.author && !author) putBack(block.author);
  if (author) found.add('author');
  const typeName = block && block.typeName !== KINDS[kind].typeName ? block.typeName : undefined;

  // ── Issuer and number ──────────────────────────────────────────────────────────────
  const issuer = issuerFrom(header.issuerLines, header.issuerStrong);
  if (issuer) found.add('issuer');
  if (number && fits(number.issuerCode) && (number.typeCode === undefined || fits(number.typeCode))) found.add('number');
  const place = fits(placeDate?.place) ? placeDate.place : undefined;
  // Both or neither: a place without its date (or the reverse) still needs the drafter. A date
  // the text leaves blank on purpose ("ngày      tháng 6 năm 2026") is what the text says.
  if (place && (placeDate?.date || placeDate?.blank)) found.add('placeDate');
  if (header.marks.urgency || header.marks.secrecy) found.add('marks');
  if (addressees && addressees.entries.length) found.add('addressees');

  // ── Recipients and signature ───────────────────────────────────────────────────────
  // Listed only when complete: a missing "Lưu" or signer's name is a placeholder to fill in.
  const recipients = closing.recipients;
  if (recipients?.archive !== undefined) found.add('recipients');
  const signature = closing.signature;
  // The signature is found with its signer and the position ("Q. CHÁNH VĂN PHÒNG" is one in itself).
  const positionFound = !!signature?.position || signature?.authority === 'quyen';
  if (signature?.name && positionFound) found.add('signature');

  const appendices = split.appendices.map((a) => parseAppendix(a, family, date, PLACEHOLDER));
  if (appendices.length) found.add('appendices');

  const numberOk = found.has('number') ? number : undefined;
  const input: DocumentInput = {
    schemaVersion: 2,
    standard: { family },
    kind,
    issuer: issuer ?? { name: PLACEHOLDER },
    number: numberOk
      ? { value: numberOk.value, ...(numberOk.typeCode ? { typeCode: numberOk.typeCode } : {}), issuerCode: numberOk.issuerCode }
      : { value: null, issuerCode: PLACEHOLDER },
    place: place ?? PLACEHOLDER,
    date,
    ...(dateBlank ? { dateBlank } : {}),
    title: {
      ...(typeName ? { typeName } : {}),
      ...(author ? { author } : {}),
      summary: summary ?? PLACEHOLDER,
    },
    ...(addressees && addressees.entries.length ? { addressees: addressees.entries } : {}),
    body: capBlocks(blocks),
    recipients: {
      entries: recipients?.entries ?? [],
      archive: recipients?.archive ?? PLACEHOLDER,
    },
    signature: {
      authority: signature?.authority ?? 'none',
      ...(signature?.on ? { on: signature.on } : {}),
      ...(signature?.position ? { position: signature.position } : {}),
      name: signature?.name ?? PLACEHOLDER,
      ...(signature?.signedNote ? { signedNote: signature.signedNote } : {}),
    },
    ...(found.has('marks') ? { marks: header.marks } : {}),
    ...(appendices.length ? { appendices } : {}),
  };
  const document = documentSchema.parse(input);
  const absent: Record<RequiredPart, boolean> = {
    issuer: !issuer,
    number: !numberOk,
    place: !place,
    // A date left blank for signing ("ngày … tháng … năm 20…") is a date, not a gap.
    date: !placeDate,
    summary: !summary,
    recipients: !recipients || recipients.entries.length === 0,
    archive: recipients?.archive === undefined,
    position: !positionFound,
    signer: !signature?.name,
  };
  return {
    document,
    recognised: RECOGNISED_PARTS.filter((p) => found.has(p)),
    missing: missingParts(absent),
    unplaced,
    unrecognisedLines: unplaced.length,
    leftovers: furniture.leftovers,
  };
}

function missingParts(absent: Record<RequiredPart, boolean>): MissingPart[] {
  return (Object.keys(REQUIRED_PARTS) as RequiredPart[]).filter((p) => absent[p]).map((part) => ({ part, path: REQUIRED_PARTS[part] }));
}

/** The draft with the chosen leftovers added at the end of its body, as paragraphs. */
export function includeLeftovers(doc: Document, texts: readonly string[]): Document {
  const extra = texts.map((t) => t.trim()).filter(Boolean).map((t): Block => ({ type: 'paragraph', text: t }));
  if (extra.length === 0) return doc;
  return documentSchema.parse({ ...doc, body: capBlocks([...doc.body, ...extra]) });
}

/** The last resort: every line a paragraph. Only reached if the reader above has a bug. */
function plainDraft(text: string, options: ImportOptions): ImportResult {
  const lines = readLines(text).filter((l) => !isFieldRemnant(l.text));
  const blocks = capBlocks(lines.map((l): Block => ({ type: 'paragraph', text: l.text })));
  const input: DocumentInput = {
    schemaVersion: 2,
    standard: { family: 'state' },
    kind: 'cong-van',
    issuer: { name: PLACEHOLDER },
    number: { value: null, issuerCode: PLACEHOLDER },
    place: PLACEHOLDER,
    date: todayIso(options),
    dateBlank: 'dayMonth',
    title: { summary: PLACEHOLDER },
    body: blocks,
    recipients: { entries: [], archive: PLACEHOLDER },
    signature: { authority: 'none', name: PLACEHOLDER },
  };
  const all = Object.fromEntries(Object.keys(REQUIRED_PARTS).map((p) => [p, true])) as Record<RequiredPart, boolean>;
  return {
    document: documentSchema.parse(input),
    recognised: [],
    missing: missingParts(all),
    unplaced: lines.map((l) => l.text),
    unrecognisedLines: lines.length,
    leftovers: [],
  };
}

/**
 * Pasted plain text → a Document draft. Never throws: a text that cannot be read part by part
 * comes back as paragraphs.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importTextOrThrow(text, options);
  } catch {
    return plainDraft(text, options);
  }
}

/** All the text a Document holds (with its printed tên loại), for tests and for a "nothing was lost" check. */
export function documentText(doc: Document): string {
  const parts: string[] = [
    doc.marks?.urgency ?? '',
    doc.marks?.secrecy ?? '',
    doc.issuer.parent ?? '',
    doc.issuer.name,
    doc.number.value === null ? '' : String(doc.number.value),
    doc.number.typeCode ?? '',
    doc.number.issuerCode,
    doc.place,
    doc.title.typeName || KINDS[doc.kind].typeName,
    doc.title.author ?? '',
    doc.title.summary,
    ...(doc.addressees ?? []),
    ...doc.body.map(blockText),
    ...doc.recipients.entries,
    doc.recipients.archive,
    doc.signature.on ?? '',
    doc.signature.position ?? '',
    doc.signature.name,
    doc.signature.signedNote ?? '',
    ...(doc.appendices ?? []).flatMap((a) => [a.title, a.reference ?? '', ...a.body.map(blockText)]),
  ];
  return parts.filter(Boolean).join('\n');
}
