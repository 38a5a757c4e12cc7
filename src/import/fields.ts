// Fields: each region is read into the Document's parts (header.ts, body.ts, closing.ts,
// appendix.ts), and here the readings meet — the family both ends vote for, the kind from the
// tên loại (or a công văn's "V/v", or the number's type code), and the body with the frame's
// lines that matched nothing put back into it. A field not found stays undefined here; the draft
// (assemble.ts) holds PLACEHOLDER there, and the result (result.ts) lists it as missing.
import type { Appendix, Block, DateBlank, KindId, StandardFamily } from '../model';
import { KINDS } from '../standards';
import { parseAppendix } from './appendix';
import { parseBody, stripEndMark } from './body';
import { parseClosing, type ClosingResult, type SignatureDraft } from './closing';
import { PLACEHOLDER, dateFrom, fits } from './defaults';
import { issuerFrom, type HeaderResult } from './header';
import type { SourceLine } from './lines';
import { kindForTypeCode, refineKind, type NumberMatch, type PlaceDateMatch } from './patterns';
import type { Regions } from './regions';
import type { TitleBlock } from './titleBlock';

const MAX_SUMMARY = 2000;

export interface Fields {
  family: StandardFamily;
  /** Whether the header or the closing voted for the family (else it is 'state' by default). */
  familyFound: boolean;
  kind: KindId;
  /** Whether anything named the kind (else it is a công văn by default). */
  kindFound: boolean;
  /** The tên loại as printed, when it is not the kind's own. */
  typeName?: string;
  author?: string;
  summary?: string;
  issuer?: { parent?: string; name: string };
  /** The number, only when its codes fit the model. */
  number?: NumberMatch;
  place?: string;
  placeDate?: PlaceDateMatch;
  date: string;
  dateBlank?: DateBlank;
  /** The header's marks, only when it has one. */
  marks?: HeaderResult['marks'];
  addressees: string[];
  blocks: Block[];
  headings: number;
  recipients?: ClosingResult['recipients'];
  signature?: SignatureDraft;
  appendices: Appendix[];
  /** Lines of the frame (header, title, closing) that were put back into the body. */
  unplaced: string[];
}

/** The regions' parts, and the appendices', as the Document's fields. */
export function readFields(regions: Regions, appendixLines: readonly SourceLine[][], today: string): Fields {
  const { header, block } = regions;
  const closing = parseClosing(regions.closing);
  const { family, evidence } = decideFamily(header.votes, closing.votes);
  const placeDate = header.placeDate;
  const { date, dateBlank } = dateFrom(placeDate, today);
  const body = parseBody(regions.body, family, date);
  const title = readTitle(block, header, family);
  const frame = bodyWithFrame(body.blocks, header.leftovers, closing.leftovers, title.putBack);
  const number = title.number && fits(title.number.issuerCode) && (title.number.typeCode === undefined || fits(title.number.typeCode)) ? title.number : undefined;
  return {
    family,
    familyFound: evidence,
    kind: title.kind,
    kindFound: title.kindFound,
    typeName: title.typeName,
    author: title.author,
    summary: title.summary,
    issuer: issuerFrom(header.issuerLines, header.issuerStrong),
    number,
    place: fits(placeDate?.place) ? placeDate.place : undefined,
    placeDate,
    date,
    dateBlank,
    marks: header.marks.urgency || header.marks.secrecy ? header.marks : undefined,
    addressees: regions.addressees?.entries ?? [],
    blocks: frame.blocks,
    headings: body.headings,
    recipients: closing.recipients,
    signature: closing.signature,
    appendices: appendixLines.map((a) => parseAppendix(a, family, date, PLACEHOLDER)),
    unplaced: frame.unplaced,
  };
}

function decideFamily(...votes: Record<StandardFamily, number>[]): { family: StandardFamily; evidence: boolean } {
  const state = votes.reduce((a, v) => a + v.state, 0);
  const party = votes.reduce((a, v) => a + v.party, 0);
  if (state === 0 && party === 0) return { family: 'state', evidence: false };
  return { family: party > state ? 'party' : 'state', evidence: true };
}

interface TitleFields {
  kind: KindId;
  kindFound: boolean;
  /** The header's number; a công văn's has no type code. */
  number?: NumberMatch;
  typeName?: string;
  author?: string;
  summary?: string;
  /** What the title could not hold, in the order it was set aside: it goes back to the body. */
  putBack: string[];
}

/** The kind, tên loại, author and trích yếu, from the title block or else the header. */
function readTitle(block: TitleBlock | undefined, header: HeaderResult, family: StandardFamily): TitleFields {
  const putBack: string[] = [];
  let number = header.number;
  let kind: KindId = 'cong-van';
  let kindFound = false;
  let summary = block?.summary;
  if (block) {
    kind = refineKind(block.kind, `${block.author ?? ''} ${block.summary ?? ''}`);
    kindFound = true;
    if (header.summary) putBack.push(header.summary);
  } else if (header.summary) {
    kind = 'cong-van';
    summary = header.summary;
    kindFound = true;
    // A công văn's symbol has no type code: "Số: 5348/CT-CS" is Cục Thuế's CS unit, not a Chỉ thị.
    if (number?.typeCode) number = { ...number, issuerCode: `${number.typeCode}-${number.issuerCode}`, typeCode: undefined };
  } else {
    const byCode = kindForTypeCode(number?.typeCode, family);
    if (byCode) {
      kind = byCode;
      kindFound = true;
    }
  }
  if (summary !== undefined && summary.length > MAX_SUMMARY) {
    putBack.push(summary);
    summary = undefined;
  }
  const author = fits(block?.author) ? block?.author : undefined;
  if (block?.author && !author) putBack.push(block.author);
  const typeName = block && block.typeName !== KINDS[kind].typeName ? block.typeName : undefined;
  return { kind, kindFound, number, typeName, author, summary, putBack };
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

/**
 * The body's blocks with the frame's unplaced lines: the title's set-aside text first (the last
 * set aside on top), then the header's leftovers, the body (its end mark "./." removed), and the
 * closing's leftovers.
 */
function bodyWithFrame(body: readonly Block[], headLeftovers: readonly string[], closingLeftovers: readonly string[], putBack: readonly string[]): { blocks: Block[]; unplaced: string[] } {
  const main = [...headLeftovers.map(paragraph), ...body];
  stripEndMark(main);
  const front = [...putBack].reverse();
  return {
    blocks: [...front.map(paragraph), ...main, ...closingLeftovers.map(paragraph)],
    unplaced: [...front, ...headLeftovers, ...closingLeftovers],
  };
}
