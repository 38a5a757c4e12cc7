// Reads a DOCX back for golden tests: unzip, parse the XML parts with jsdom's DOMParser, and
// give paragraphs with their effective run properties as Word would read them.
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const { DOMParser } = new JSDOM('').window;

export interface RunInfo {
  text: string;
  sizeHalfPt: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fonts: Record<string, string>;
}

export interface ParaInfo {
  text: string;
  align: string | null;
  firstLine: number | null;
  left: number | null;
  hanging: number | null;
  before: number | null;
  after: number | null;
  line: number | null;
  lineRule: string | null;
  keepNext: boolean;
  inTable: boolean;
  runs: RunInfo[];
  el: Element;
}

export interface DocxParts {
  files: Record<string, string>;
  document: Document;
  styles: Document;
  paragraphs: ParaInfo[];
  tables: Element[];
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

const attr = (el: Element | null | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? null;
const child = (el: Element | null | undefined, name: string): Element | null => {
  if (!el) return null;
  for (const c of Array.from(el.children)) if (c.namespaceURI === W && c.localName === name) return c;
  return null;
};
const num = (s: string | null): number | null => (s === null ? null : Number(s));
const onOff = (el: Element | null): boolean => !!el && attr(el, 'val') !== 'false' && attr(el, 'val') !== '0';

function runInfo(r: Element): RunInfo {
  const rPr = child(r, 'rPr');
  const fontsEl = child(rPr, 'rFonts');
  const fonts: Record<string, string> = {};
  for (const k of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
    const v = attr(fontsEl, k);
    if (v) fonts[k] = v;
  }
  const u = child(rPr, 'u');
  const text = Array.from(r.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join('');
  return {
    text,
    sizeHalfPt: num(attr(child(rPr, 'sz'), 'val')),
    bold: onOff(child(rPr, 'b')),
    italic: onOff(child(rPr, 'i')),
    underline: !!u && attr(u, 'val') !== 'none',
    fonts,
  };
}

export function paragraphInfo(p: Element): ParaInfo {
  const pPr = child(p, 'pPr');
  const ind = child(pPr, 'ind');
  const sp = child(pPr, 'spacing');
  const runs = Array.from(p.getElementsByTagNameNS(W, 'r')).map(runInfo);
  let inTable = false;
  for (let e: Element | null = p.parentElement; e; e = e.parentElement) if (e.localName === 'tc') inTable = true;
  return {
    text: runs.map((r) => r.text).join(''),
    align: attr(child(pPr, 'jc'), 'val'),
    firstLine: num(attr(ind, 'firstLine')),
    left: num(attr(ind, 'left') ?? attr(ind, 'start')),
    hanging: num(attr(ind, 'hanging')),
    before: num(attr(sp, 'before')),
    after: num(attr(sp, 'after')),
    line: num(attr(sp, 'line')),
    lineRule: attr(sp, 'lineRule'),
    keepNext: onOff(child(pPr, 'keepNext')),
    inTable,
    runs: runs.filter((r) => r.text.length > 0),
    el: p,
  };
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(zip)) if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = strFromU8(data);
  const document = parseXml(files['word/document.xml'] ?? '');
  const styles = parseXml(files['word/styles.xml'] ?? '');
  const paragraphs = Array.from(document.getElementsByTagNameNS(W, 'p')).map(paragraphInfo);
  const tables = Array.from(document.getElementsByTagNameNS(W, 'tbl'));
  return { files, document, styles, paragraphs, tables };
}

export function attrOf(el: Element | null | undefined, name: string): string | null {
  return attr(el, name);
}

export function childOf(el: Element | null | undefined, name: string): Element | null {
  return child(el, name);
}

/** The header parts a section references, by type (default, first). */
export function sectionHeaders(parts: DocxParts, sectPr: Element): Record<string, string> {
  const rels = parseXml(parts.files['word/_rels/document.xml.rels'] ?? '');
  const targets = new Map<string, string>();
  for (const r of Array.from(rels.getElementsByTagName('Relationship'))) targets.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');
  const out: Record<string, string> = {};
  for (const ref of Array.from(sectPr.getElementsByTagNameNS(W, 'headerReference'))) {
    const type = attr(ref, 'type') ?? '';
    const id = ref.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? '';
    out[type] = parts.files[`word/${targets.get(id) ?? ''}`] ?? '';
  }
  return out;
}
