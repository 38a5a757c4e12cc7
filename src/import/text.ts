// Pasted text → a Document draft. The text is read in zones — header, title block, Kính gửi,
// body, closing — each by the shapes of its parts (patterns.ts). What is found is listed in
// `recognised`; a required field that was not found holds PLACEHOLDER so that the UI can ask
// for it. No source line is dropped except Word field remnants ("PAGE") and the marks a rule
// book prints by itself (Quốc hiệu, "*", rules, labels): anything not recognised stays in the
// body as a paragraph.
import {
  documentSchema,
  type Block,
  type Document,
  type DocumentInput,
  type KindId,
  type StandardFamily,
} from '../model';
import { KINDS } from '../standards';
import { blockText, capBlocks, parseBody, stripEndMark } from './body';
import { parseAppendix, splitAppendices } from './appendix';
import { findClosingStart, parseClosing } from './closing';
import { isAnchorLine, isHeaderLine, issuerFrom, parseHeader } from './header';
import { isFieldRemnant, readLines, type SourceLine } from './lines';
import {
  ADDRESSEES_LABEL,
  RECIPIENTS_LABEL,
  SHORT,
  endsClause,
  isAuthorLine,
  isRuleLine,
  isStar,
  kindForTypeCode,
  listMarker,
  matchNumbered,
  matchTitle,
  refineKind,
  startsLower,
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

export interface ImportResult {
  document: Document;
  /** Which parts were found in the source; a part not listed holds a default or PLACEHOLDER. */
  recognised: RecognisedPart[];
  /** Lines outside the body (header, title, closing) that matched nothing and were put in the body. */
  unrecognisedLines: number;
}

export interface ImportOptions {
  /** ISO date used when the text has none; defaults to today (local time). */
  today?: string;
}

const MAX_LINE = 2000;
const MAX_SUMMARY = 2000;
const MAX_ADDRESSEES = 200;
/** The tên loại is looked for among the first lines only, before any body-length paragraph. */
const TITLE_WINDOW = 40;

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

function readTitleBlock(lines: readonly SourceLine[], at: number, match: TitleMatch): TitleBlock {
  let k = at + 1;
  const authors: string[] = [];
  const summary: string[] = [];
  if (match.rest) (/^(VỀ|V\/V)(?![\p{L}\p{N}])/u.test(match.rest) ? summary : authors).push(match.rest);
  while (authors.length < 3 && summary.length === 0 && k < lines.length) {
    const line = lines[k] as SourceLine;
    if (!summaryLine(line) || !isAuthorLine(line.text)) break;
    authors.push(line.text);
    k++;
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
        if (!summaryLine(line) || !startsLower(line.text) || endsClause(prev)) break;
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
  while (!closed && k < lines.length) {
    const t = (lines[k] as SourceLine).text;
    if (t.length > MAX_LINE || matchNumbered(t)) break;
    const isEntry = listMarker(t) !== null || /[;,]$/u.test(t) || (/\.$/u.test(t) && t.length <= 200);
    if (!isEntry) break;
    add(t);
    k++;
    closed = /\.$/u.test(t);
  }
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
  const split = splitAppendices(readLines(text).filter((l) => !isFieldRemnant(l.text)));
  const lines = split.main;
  const found = new Set<RecognisedPart>();
  const today = todayIso(options);

  // ── Header and title block ─────────────────────────────────────────────────────────
  const title = findTitle(lines);
  const headerEnd = title ? title.at : headerPrefix(lines);
  const header = parseHeader(lines.slice(0, headerEnd));
  const block = title ? readTitleBlock(lines, title.at, title.match) : undefined;
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
  const date = placeDate?.date ?? today;

  const bodyLines = lines.slice(k, closingStart);
  const body = parseBody(bodyLines, family, date);
  const blocks: Block[] = [...headLeftovers.map((t): Block => ({ type: 'paragraph', text: t })), ...body.blocks];
  stripEndMark(blocks);
  for (const t of closing.leftovers) blocks.push({ type: 'paragraph', text: t });
  /** Lines of the frame (header, title, closing) that were put back into the body. */
  let unrecognisedLines = headLeftovers.length + closing.leftovers.length;
  const putBack = (text: string): void => {
    blocks.unshift({ type: 'paragraph', text });
    unrecognisedLines++;
  };
  if (body.headings > 0) found.add('headings');

  // ── Kind and title ─────────────────────────────────────────────────────────────────
  const number = header.number;
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
  const issuer = issuerFrom(header.issuerLines);
  if (issuer) found.add('issuer');
  if (number && fits(number.issuerCode) && (number.typeCode === undefined || fits(number.typeCode))) found.add('number');
  const place = fits(placeDate?.place) ? placeDate.place : undefined;
  // Both or neither: a place without its date (or the reverse) still needs the drafter.
  if (place && placeDate?.date) found.add('placeDate');
  if (header.marks.urgency || header.marks.secrecy) found.add('marks');
  if (addressees && addressees.entries.length) found.add('addressees');

  // ── Recipients and signature ───────────────────────────────────────────────────────
  // Listed only when complete: a missing "Lưu" or signer's name is a placeholder to fill in.
  const recipients = closing.recipients;
  if (recipients?.archive !== undefined) found.add('recipients');
  const signature = closing.signature;
  if (signature?.name) found.add('signature');

  const appendices = split.appendices.map((a) => parseAppendix(a, family, date, PLACEHOLDER));
  if (appendices.length) found.add('appendices');

  const numberOk = found.has('number') && number;
  const input: DocumentInput = {
    schemaVersion: 1,
    standard: { family },
    kind,
    issuer: issuer ?? { name: PLACEHOLDER },
    number: numberOk
      ? { value: number.value, ...(number.typeCode ? { typeCode: number.typeCode } : {}), issuerCode: number.issuerCode }
      : { value: null, issuerCode: PLACEHOLDER },
    place: place ?? PLACEHOLDER,
    date,
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
  return {
    document,
    recognised: RECOGNISED_PARTS.filter((p) => found.has(p)),
    unrecognisedLines,
  };
}

/** The last resort: every line a paragraph. Only reached if the reader above has a bug. */
function plainDraft(text: string, options: ImportOptions): ImportResult {
  const lines = readLines(text).filter((l) => !isFieldRemnant(l.text));
  const blocks = capBlocks(lines.map((l): Block => ({ type: 'paragraph', text: l.text })));
  const input: DocumentInput = {
    schemaVersion: 1,
    standard: { family: 'state' },
    kind: 'cong-van',
    issuer: { name: PLACEHOLDER },
    number: { value: null, issuerCode: PLACEHOLDER },
    place: PLACEHOLDER,
    date: todayIso(options),
    title: { summary: PLACEHOLDER },
    body: blocks,
    recipients: { entries: [], archive: PLACEHOLDER },
    signature: { authority: 'none', name: PLACEHOLDER },
  };
  return { document: documentSchema.parse(input), recognised: [], unrecognisedLines: lines.length };
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
