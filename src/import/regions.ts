// Regions: where the header, the title block, Kính gửi, the body and the closing lie in the
// document's lines, each found by the shapes of its parts (patterns.ts). The header is read here
// already because its votes (State or Party) tell the title block's author line from its trích yếu.
import type { StandardFamily } from '../model';
import { readAddressees, type Addressees } from './addressees';
import { findClosingStart } from './closing';
import { isAnchorLine, isHeaderLine, parseHeader, type HeaderResult } from './header';
import type { SourceLine } from './lines';
import { ADDRESSEES_LABEL, SHORT, startsLower } from './patterns';
import { TITLE_WINDOW, findTitle, readTitleBlock, type TitleBlock } from './titleBlock';

export interface Regions {
  /** The header's lines, read. */
  header: HeaderResult;
  /** The tên loại with its author and trích yếu, when the text has one. */
  block?: TitleBlock;
  addressees?: Addressees;
  /** Between the title block (or Kính gửi) and the closing. */
  body: SourceLine[];
  /** From the closing's first line to the end. */
  closing: SourceLine[];
}

/** The document's lines (appendices and furniture set aside) in their regions, top to bottom. */
export function findRegions(lines: readonly SourceLine[]): Regions {
  const title = findTitle(lines);
  const headerEnd = title ? title.at : headerPrefix(lines);
  const header = parseHeader(lines.slice(0, headerEnd));
  const block = title ? readTitleBlock(lines, title.at, title.match, headerFamily(header)) : undefined;
  let k = block ? block.end : headerEnd;
  const addressees = readAddressees(lines, k);
  if (addressees) k = addressees.end;
  const closingStart = findClosingStart(lines, k);
  return { header, block, addressees, body: lines.slice(k, closingStart), closing: lines.slice(closingStart) };
}

/** The family the header's shapes vote for, if they are not even. */
function headerFamily(header: HeaderResult): StandardFamily | undefined {
  const { state, party } = header.votes;
  return state === party ? undefined : state > party ? 'state' : 'party';
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
