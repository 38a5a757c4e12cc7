// A Word 97–2003 .doc → a Document draft. cfb (SheetJS, pure JavaScript: Node and browser
// alike) opens the OLE2 compound file; the text is read here from the Word binary format
// ([MS-DOC]): the FIB gives the piece table (Clx) in the table stream, the pieces give the text
// (8-bit windows-1252 or UTF-16LE), and the paragraph properties (PapxFkp) say which
// paragraphs stand in a table. Tables are turned into the HTML shape mammoth gives for a .docx,
// so that htmlToLines writes them as it writes a .docx's (layout tables cell by cell, data
// tables row by row) and the same recognisers read both. Only the main text is read: no
// headers, footers, footnotes or comments, as with a .docx.
import { ImportError } from './errors';
import { htmlToLines } from './html';
import { convertLegacy, detectLegacyEncoding } from './legacyEncoding';
import { importText, type ImportOptions, type ImportResult } from './text';

type Cfb = typeof import('cfb');

async function loadCfb(): Promise<Cfb> {
  const mod = (await import('cfb')) as Cfb & { default?: Cfb };
  return mod.default ?? mod;
}

/** The OLE2 signature every .doc (and .xls, .ppt, .msg) starts with. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

class Bytes {
  constructor(readonly data: Uint8Array) {}
  u8(at: number): number {
    if (at < 0 || at >= this.data.length) throw new RangeError('out of the stream');
    return this.data[at] as number;
  }
  u16(at: number): number {
    return this.u8(at) | (this.u8(at + 1) << 8);
  }
  u32(at: number): number {
    return (this.u16(at) | (this.u16(at + 2) << 16)) >>> 0;
  }
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

/** Paragraph runs of the PapxFkps: the file positions they cover and whether they are in a table. */
interface ParaRun {
  fcStart: number;
  fcEnd: number;
  inTable: boolean;
  /** The row-end mark of a table row (TTP). */
  rowEnd: boolean;
}

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;

/** The operand size of a sprm, by its spra bits ([MS-DOC] 2.2.5.1); -1: the size byte follows. */
function operandSize(sprm: number): number {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return -1;
  }
}

function tableFlags(b: Bytes, at: number, end: number): { inTable: boolean; rowEnd: boolean } {
  let inTable = false;
  let rowEnd = false;
  let p = at;
  while (p + 2 <= end) {
    const sprm = b.u16(p);
    p += 2;
    let size = operandSize(sprm);
    if (size < 0) {
      // sprmTDefTable and sprmPChgTabs have sizes of their own; neither concerns paragraphs' table flags.
      if (sprm === 0xd608) {
        size = b.u16(p) + 1;
      } else {
        size = b.u8(p);
        p += 1;
      }
    }
    if (sprm === SPRM_P_F_IN_TABLE) inTable = b.u8(p) !== 0;
    else if (sprm === SPRM_P_F_TTP) rowEnd = b.u8(p) !== 0;
    else if (sprm === SPRM_P_ITAP) inTable = inTable || b.u32(p) > 0;
    p += size;
  }
  return { inTable, rowEnd };
}

function paragraphRuns(word: Bytes, table: Bytes, fcPlc: number, lcbPlc: number): ParaRun[] {
  const runs: ParaRun[] = [];
  if (lcbPlc < 8) return runs;
  const n = (lcbPlc - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = table.u32(fcPlc + 4 * (n + 1) + 4 * i) & 0x3fffff;
    const page = pn * 512;
    const crun = word.u8(page + 511);
    for (let r = 0; r < crun; r++) {
      const fcStart = word.u32(page + 4 * r);
      const fcEnd = word.u32(page + 4 * (r + 1));
      const bOffset = word.u8(page + 4 * (crun + 1) + 13 * r);
      let flags = { inTable: false, rowEnd: false };
      if (bOffset !== 0) {
        const at = page + bOffset * 2;
        const cb = word.u8(at);
        // cb ≠ 0: 2·cb − 1 bytes follow; cb = 0: the next byte gives the size in words.
        const start = cb !== 0 ? at + 1 : at + 2;
        const size = cb !== 0 ? 2 * cb - 1 : 2 * word.u8(at + 1);
        // The first two bytes are the style (istd); the sprms follow.
        flags = tableFlags(word, start + 2, start + size);
      }
      runs.push({ fcStart, fcEnd, ...flags });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function runAt(runs: readonly ParaRun[], fc: number): ParaRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid] as ParaRun;
    if (fc < r.fcStart) hi = mid - 1;
    else if (fc >= r.fcEnd) lo = mid + 1;
    else return r;
  }
  return undefined;
}

function pieces(table: Bytes, fcClx: number, lcbClx: number): Piece[] {
  let p = fcClx;
  const end = fcClx + lcbClx;
  // Prc entries (property modifiers) come first.
  while (p < end && table.u8(p) === 0x01) p += 3 + table.u16(p + 1);
  if (table.u8(p) !== 0x02) throw new ImportError('unreadable');
  const lcb = table.u32(p + 1);
  const plc = p + 5;
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1) throw new ImportError('unreadable');
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = table.u32(plc + 4 * i);
    const cpEnd = table.u32(plc + 4 * (i + 1));
    const fcRaw = table.u32(plc + 4 * (n + 1) + 8 * i + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw;
    out.push({ cpStart, cpEnd, fc, compressed });
  }
  return out;
}

interface Paragraph {
  text: string;
  inTable: boolean;
  /** The paragraph ends its cell (0x07 mark). */
  cellEnd: boolean;
  /** The paragraph is a row's end mark. */
  rowEnd: boolean;
}

const CP1252 = new TextDecoder('windows-1252');

/** The main text's paragraphs, with fields reduced to their results. */
function paragraphsOf(word: Bytes, table: Bytes): Paragraph[] {
  const ident = word.u16(0);
  if (ident !== 0xa5ec) throw new ImportError('docUnsupported');
  const nFib = word.u16(2);
  // Word 6/95 (nFib < 0xC1) has another layout: not read here.
  if (nFib < 0xc1) throw new ImportError('docUnsupported');
  const flags = word.u16(0x0a);
  if (flags & 0x0100) throw new ImportError('encrypted');
  const ccpText = word.u32(0x4c);
  const fcClx = word.u32(0x1a2);
  const lcbClx = word.u32(0x1a6);
  const fcBtePapx = word.u32(0x102);
  const lcbBtePapx = word.u32(0x106);
  const list = pieces(table, fcClx, lcbClx);
  let runs: ParaRun[] = [];
  try {
    runs = paragraphRuns(word, table, fcBtePapx, lcbBtePapx);
  } catch {
    // Without paragraph properties the text is still read, tables as plain paragraphs.
    runs = [];
  }

  const out: Paragraph[] = [];
  let text = '';
  /** Field nesting: for each open field, whether its result (after 0x14) is being read. */
  const fields: boolean[] = [];
  const inCode = (): boolean => fields.some((showing) => !showing);
  for (const piece of list) {
    if (piece.cpStart >= ccpText) break;
    const cpEnd = Math.min(piece.cpEnd, ccpText);
    const count = cpEnd - piece.cpStart;
    const width = piece.compressed ? 1 : 2;
    const bytes = word.data.subarray(piece.fc, piece.fc + count * width);
    const chars = piece.compressed ? CP1252.decode(bytes) : new TextDecoder('utf-16le').decode(bytes);
    for (let k = 0; k < chars.length; k++) {
      const ch = chars[k] as string;
      const code = ch.charCodeAt(0);
      if (code === 0x13) {
        fields.push(false);
        continue;
      }
      if (code === 0x14) {
        if (fields.length) fields[fields.length - 1] = true;
        continue;
      }
      if (code === 0x15) {
        fields.pop();
        continue;
      }
      if (code === 0x0d || code === 0x07) {
        const run = runAt(runs, piece.fc + k * width);
        out.push({ text, inTable: run?.inTable ?? false, cellEnd: code === 0x07, rowEnd: code === 0x07 && (run?.rowEnd ?? false) });
        text = '';
        continue;
      }
      if (inCode()) continue;
      if (code === 0x0b || code === 0x0c) text += '\n';
      else if (code === 0x1e) text += '-';
      else if (code === 0x09) text += '\t';
      else if (code === 0xa0) text += ' ';
      // Pictures, drawn objects, footnote and comment marks, the optional hyphen: no text.
      // 0x1F, the optional hyphen, is kept as U+00AD for now: a TCVN3 "ư" (byte 0xAD) saved by
      // LibreOffice comes back as one. textOf() decides.
      else if (code === 0x1f) text += '\u00AD';
      else if (code < 0x20) continue;
      else text += ch;
    }
  }
  if (text) out.push({ text, inTable: false, cellEnd: false, rowEnd: false });
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraphs → the HTML shape mammoth gives (p, table/tr/td), for htmlToLines. */
function paragraphsToHtml(paragraphs: readonly Paragraph[]): string {
  let html = '';
  let inTable = false;
  let cellOpen = false;
  let rowOpen = false;
  const para = (t: string): string => t.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  for (const p of paragraphs) {
    if (p.inTable && !inTable) {
      html += '<table>';
      inTable = true;
    }
    if (!p.inTable && inTable) {
      if (cellOpen) html += '</td>';
      if (rowOpen) html += '</tr>';
      html += '</table>';
      inTable = cellOpen = rowOpen = false;
    }
    if (!inTable) {
      html += para(p.text);
      continue;
    }
    if (p.rowEnd) {
      if (cellOpen) html += '</td>';
      if (rowOpen) html += '</tr>';
      cellOpen = rowOpen = false;
      continue;
    }
    if (!rowOpen) {
      html += '<tr>';
      rowOpen = true;
    }
    if (!cellOpen) {
      html += '<td>';
      cellOpen = true;
    }
    html += para(p.text);
    if (p.cellEnd) {
      html += '</td>';
      cellOpen = false;
    }
  }
  if (inTable) html += `${cellOpen ? '</td>' : ''}${rowOpen ? '</tr>' : ''}</table>`;
  return html;
}

function isOle2(bytes: Uint8Array): boolean {
  return OLE2_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The lines of a .doc's main text, as importText reads them. */
export async function docLines(bytes: Uint8Array): Promise<string[]> {
  if (!isOle2(bytes)) throw new ImportError('docUnsupported');
  let cfb: Cfb;
  try {
    cfb = await loadCfb();
  } catch (cause) {
    throw new ImportError('docUnsupported', { cause });
  }
  let paragraphs: Paragraph[];
  try {
    const container = cfb.read(bytes, { type: 'array' });
    const streamOf = (name: string): Bytes | undefined => {
      const entry = cfb.find(container, name);
      return entry ? new Bytes(Uint8Array.from(entry.content)) : undefined;
    };
    const word = streamOf('WordDocument');
    // Encrypted files keep a WordDocument stream; other OLE2 files (xls, msg) have none.
    if (!word) throw new ImportError('docUnsupported');
    const table = streamOf(word.u16(0x0a) & 0x0200 ? '1Table' : '0Table');
    if (!table) {
      if (word.u16(0x0a) & 0x0100) throw new ImportError('encrypted');
      throw new ImportError('docUnsupported');
    }
    paragraphs = paragraphsOf(word, table);
  } catch (cause) {
    if (cause instanceof ImportError) throw cause;
    throw new ImportError('unreadable', { cause });
  }
  // The old fonts' codes are converted before the tables are judged (layout or data), since
  // that is done on the text's shapes.
  const encoding = detectLegacyEncoding(paragraphs.map((p) => p.text).join('\n'));
  const textOf = (t: string): string => (encoding ? convertLegacy(t, encoding) : t).replace(/\u00AD/g, '');
  return htmlToLines(paragraphsToHtml(paragraphs.map((p) => ({ ...p, text: textOf(p.text) }))));
}

export async function importDoc(data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return importText((await docLines(bytes)).join('\n'), options);
}
