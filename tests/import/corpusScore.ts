// The yardstick for the import: a real document's key (what a careful reader finds in it) against
// what importText made of it, part by part, and the body lines that must survive. Pure: no I/O,
// no vitest, so that a script or another test can use it too.
import type { AuthorityForm, Block, Document, KindId, StandardFamily } from '../../src/model';
import { blockText } from '../../src/import/body';
import { KINDS } from '../../src/standards';

/** Where a document came from: a URL, or a repository and a path (and a commit). */
export interface CorpusSource {
  url?: string;
  repo?: string;
  path?: string;
  commit?: string;
  /** What the source is, and which part of it the .txt holds. */
  what: string;
}

/** The parts a reader finds in the text, as they appear. Only parts present in the text are listed. */
export interface CorpusKey {
  source: CorpusSource;
  family: StandardFamily;
  /** null when the document is of a kind the model does not have (Hướng dẫn, Quy định): not scored. */
  kind: KindId | null;
  /** The number line: value null when the number is left blank, absent when it cannot be read (OCR). */
  number?: { value?: number | null; typeCode?: string; issuerCode?: string };
  /** ISO date; a blank day is written "2026-05-__", a blank day and month "2026-__-__". */
  date?: string;
  place?: string;
  issuer?: { name?: string; parent?: string };
  /** Tên loại as printed when it is not the kind's own (e.g. "THÔNG BÁO KẾT LUẬN"). */
  typeName?: string;
  /** Party author line: "CỦA BAN THƯỜNG VỤ TỈNH ỦY". */
  author?: string;
  /** Trích yếu, one string. */
  summary?: string;
  addressees?: string[];
  /**
   * Headings in order, each as the start of its text without the label ("I.", "1.", "a)"): the
   * title, or the first words of a numbered paragraph. An imported heading whose title, or title and
   * text, starts with it counts.
   */
  headings?: string[];
  recipients?: { entries?: string[]; archive?: string };
  signer?: {
    /** Authority lines as printed, top to bottom: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
    authority?: string[];
    position?: string;
    name?: string;
  };
  /**
   * The body: the source lines from the one starting with `first` to the one starting with `last`
   * (whitespace-folded), minus the lines equal to one of `skip` (stamps, page numbers inside it).
   */
  body?: { first: string; last: string; skip?: string[] };
}

export interface PartResult {
  part: string;
  ok: boolean;
  expected: string;
  actual: string;
}

export interface DocumentScore {
  parts: PartResult[];
  partsOk: number;
  partsTotal: number;
  bodyOk: number;
  bodyTotal: number;
  /** Body lines of the source not found in the imported body text. */
  bodyMissed: string[];
  /** Set when the key's body bounds are not in the text (a broken key, not an import miss). */
  keyError?: string;
}

// ── Normalisation ─────────────────────────────────────────────────────────────────

/** NFC, markdown emphasis marks and table bars dropped, whitespace folded to one space, trimmed. */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[*|]/g, ' ')
    .replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ')
    .trim();
}

/** As fold, and in one case: for parts a rule book prints in capitals (issuer, position, authority, headings). */
export function foldCase(s: string): string {
  return fold(s).toLocaleUpperCase('vi');
}

/** No whitespace at all: a line the importer joined to its neighbours is still found. */
function squeeze(s: string): string {
  return fold(s).replace(/\s+/g, '');
}

/** "- Như trên;" → "Như trên": entries are compared without their marker and end punctuation. */
function entry(s: string): string {
  return fold(s).replace(/^[-–—+•]\s*/u, '').replace(/[\s;,.:]+$/u, '').trim();
}

/** A heading label or list marker the importer turns into structure: "I.", "II-", "1.", "1.2.", "a)", "-", "+". */
const LABEL = /^(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ](?:\.\d+)?)\s*[.\-–)/:]|[-–—+•])\s*/iu;

const LABEL_ONLY = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.\-–)]$/iu;

/** A body line as it should appear in the imported body: without its label and the "./." end mark. */
function bodyNeedle(line: string): string {
  let s = fold(line);
  const label = LABEL.exec(s);
  if (label && label[0].length < s.length) s = s.slice(label[0].length);
  s = s.replace(/\s*\.?\/\.\s*$/u, (m) => (m.trim().startsWith('.') ? '.' : ''));
  // Markdown emphasis of a scraped page ("_Các cơ sở…_") is markup, not text: the import drops it.
  s = s.replace(/(^|\s)_{1,2}(?=\S)/gu, '$1').replace(/(?<=\S)_{1,2}(?=\s|$)/gu, '');
  return squeeze(s);
}

// ── The authority line ────────────────────────────────────────────────────────────

const FORMS: { re: RegExp; form: AuthorityForm }[] = [
  { re: /^(?:TM\.|T\/M)\s*/u, form: 'thay-mat' },
  { re: /^(?:KT\.|K\/T)\s*/u, form: 'ky-thay' },
  { re: /^(?:TUQ\.|T\/UQ)\s*/u, form: 'thua-uy-quyen' },
  { re: /^(?:TL\.|T\/L)\s*/u, form: 'thua-lenh' },
  { re: /^Q\.\s*/u, form: 'quyen' },
];

/** "KT. CHỦ TỊCH" → { form: 'ky-thay', on: 'CHỦ TỊCH' }. */
export function parseAuthority(line: string): { form: AuthorityForm; on: string } | undefined {
  const s = foldCase(line);
  for (const { re, form } of FORMS) {
    const m = re.exec(s);
    if (m) return { form, on: s.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The authority lines the imported signature carries (one today; a chain once the model has one). */
function importedAuthorities(doc: Document): { form: AuthorityForm; on: string }[] {
  const out: { form: AuthorityForm; on: string }[] = [];
  const sig = doc.signature as Document['signature'] & { chain?: unknown };
  if (Array.isArray(sig.chain)) {
    for (const link of sig.chain as unknown[]) {
      if (link && typeof link === 'object') {
        const l = link as { authority?: unknown; on?: unknown };
        if (typeof l.authority === 'string' && l.authority !== 'none') out.push({ form: l.authority as AuthorityForm, on: foldCase(typeof l.on === 'string' ? l.on : '') });
      }
    }
  }
  if (sig.authority !== 'none') {
    // A chain's further links are printed as lines of `on` ("CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG").
    const [first = '', ...rest] = (sig.on ?? '').split('\n');
    out.push({ form: sig.authority, on: foldCase(first) });
    for (const line of rest) {
      const link = parseAuthority(line);
      if (link) out.push({ form: link.form, on: link.on });
      else if (out.length > 0) (out[out.length - 1] as { on: string }).on += ` ${foldCase(line)}`;
    }
  }
  return out;
}

// ── Scoring ───────────────────────────────────────────────────────────────────────

function headingTexts(body: readonly Block[]): { title: string; full: string }[] {
  return body.flatMap((b) => (b.type === 'heading' ? [{ title: foldCase(b.title), full: foldCase([b.title, b.text ?? ''].filter(Boolean).join(' ')) }] : []));
}

/** The lines of the source that are body text, by the key's bounds. */
export function bodyLines(text: string, body: NonNullable<CorpusKey['body']>): { lines: string[]; error?: string } {
  const lines = text.split(/\r?\n/u);
  const first = fold(body.first);
  const last = fold(body.last);
  const skip = (body.skip ?? []).map(fold);
  const start = lines.findIndex((l) => fold(l).startsWith(first));
  if (start < 0) return { lines: [], error: `body.first not found: ${body.first}` };
  let end = -1;
  for (let i = start; i < lines.length; i++) {
    if (fold(lines[i] as string).startsWith(last)) {
      end = i;
      break;
    }
  }
  if (end < 0) return { lines: [], error: `body.last not found after body.first: ${body.last}` };
  const out = lines
    .slice(start, end + 1)
    .filter((l) => fold(l) !== '' && squeeze(l) !== '' && !skip.includes(fold(l)));
  return { lines: out };
}

/** The imported document's body text, squeezed, for the body-line check. */
function bodyHaystack(doc: Document): string {
  return squeeze(doc.body.map(blockText).join(' '));
}

/** Score one imported document against its key. */
export function scoreDocument(text: string, key: CorpusKey, doc: Document): DocumentScore {
  const parts: PartResult[] = [];
  const add = (part: string, expected: string, actual: string, ok: boolean): void => {
    parts.push({ part, ok, expected, actual });
  };
  const eq = (part: string, expected: string | undefined, actual: string | undefined, norm: (s: string) => string = fold): void => {
    if (expected === undefined) return;
    add(part, expected, actual ?? '', actual !== undefined && norm(expected) === norm(actual));
  };

  add('family', key.family, doc.standard.family, key.family === doc.standard.family);
  if (key.kind !== null) add('kind', key.kind, doc.kind, key.kind === doc.kind);

  if (key.number) {
    const n = key.number;
    if (n.value !== undefined) add('number.value', String(n.value), String(doc.number.value), n.value === doc.number.value);
    eq('number.typeCode', n.typeCode, doc.number.typeCode, squeeze);
    eq('number.issuerCode', n.issuerCode, doc.number.issuerCode, squeeze);
  }
  if (key.date !== undefined) {
    // A blank day ("2026-05-__") or day and month ("2026-__-__") left for the văn thư: the year (and
    // month) must be read and the model's dateBlank must say which part is blank.
    const m = /^(\d{4})-(\d{2}|__)-(\d{2}|__)$/u.exec(key.date);
    let ok = doc.date === key.date && doc.dateBlank === undefined;
    if (m && m[3] === '__') {
      const want = m[2] === '__' ? 'dayMonth' : 'day';
      ok = doc.dateBlank === want && doc.date.startsWith(m[2] === '__' ? `${m[1]}-` : `${m[1]}-${m[2]}-`);
    }
    add('date', key.date, `${doc.date}${doc.dateBlank ? ` (blank: ${doc.dateBlank})` : ''}`, ok);
  }
  eq('place', key.place, doc.place);
  if (key.issuer) {
    eq('issuer.name', key.issuer.name, doc.issuer.name, foldCase);
    eq('issuer.parent', key.issuer.parent, doc.issuer.parent, foldCase);
  }
  if (key.typeName !== undefined || key.author !== undefined) {
    // The tên loại and the author line read as one title line: "THÔNG BÁO KẾT LUẬN / CỦA …" and
    // "THÔNG BÁO / KẾT LUẬN CỦA …" print the same, so either split counts.
    const want = foldCase(`${key.typeName ?? (key.kind ? KINDS[key.kind].typeName : '')} ${key.author ?? ''}`);
    const got = foldCase(`${doc.title.typeName || KINDS[doc.kind].typeName} ${doc.title.author ?? ''}`);
    add('typeName+author', want, got, want === got);
  }
  // "V/v" (or "Về việc") before a công văn's trích yếu is printed by the rule book, not held.
  eq('summary', key.summary, doc.title.summary, (s) => foldCase(s).replace(/^(?:V\s*\/\s*V|VỀ VIỆC)\s+/u, ''));

  if (key.addressees) {
    const got = (doc.addressees ?? []).map(entry);
    for (const a of key.addressees) add('addressee', a, got.includes(entry(a)) ? entry(a) : '', got.includes(entry(a)));
  }

  if (key.headings) {
    // In order: each key heading is looked for after the one matched before it.
    const got = headingTexts(doc.body);
    let from = 0;
    for (const h of key.headings) {
      const want = foldCase(h);
      const at = got.findIndex((g, i) => i >= from && (g.title === want || g.full.startsWith(want)));
      if (at >= 0) from = at + 1;
      add('heading', h, at >= 0 ? (got[at] as { title: string }).title : '', at >= 0);
    }
  }

  if (key.recipients) {
    const got = doc.recipients.entries.map(entry);
    const pool = [...got];
    for (const e of key.recipients.entries ?? []) {
      const i = pool.indexOf(entry(e));
      if (i >= 0) pool.splice(i, 1);
      add('recipients.entry', e, i >= 0 ? entry(e) : '', i >= 0);
    }
    if (key.recipients.archive !== undefined) {
      const norm = (s: string): string => entry(s.replace(/^\s*[-–]?\s*Lưu\s*:?\s*/iu, ''));
      add('recipients.archive', key.recipients.archive, doc.recipients.archive, norm(key.recipients.archive) === norm(doc.recipients.archive));
    }
  }

  if (key.signer) {
    const got = importedAuthorities(doc);
    for (const line of key.signer.authority ?? []) {
      const want = parseAuthority(line);
      const ok = want !== undefined && got.some((g) => g.form === want.form && g.on === want.on);
      add('signer.authority', line, got.map((g) => `${g.form} ${g.on}`).join(' / '), ok);
    }
    eq('signer.position', key.signer.position, doc.signature.position, foldCase);
    eq('signer.name', key.signer.name, doc.signature.name);
  }

  let bodyOk = 0;
  let bodyTotal = 0;
  const bodyMissed: string[] = [];
  let keyError: string | undefined;
  if (key.body) {
    const { lines, error } = bodyLines(text, key.body);
    keyError = error;
    const hay = bodyHaystack(doc);
    for (const line of lines) {
      // A label alone on its line ("1.", "II.", "2.1.") becomes the heading's number: structure, not text.
      if (LABEL_ONLY.test(fold(line))) continue;
      const needle = bodyNeedle(line);
      if (needle === '') continue;
      bodyTotal++;
      if (hay.includes(needle)) bodyOk++;
      else bodyMissed.push(fold(line));
    }
  }

  const partsOk = parts.filter((p) => p.ok).length;
  return { parts, partsOk, partsTotal: parts.length, bodyOk, bodyTotal, bodyMissed, ...(keyError ? { keyError } : {}) };
}

/** "412/450 (91.6 %)". */
export function ratio(ok: number, total: number): string {
  return `${ok}/${total} (${total === 0 ? '—' : ((100 * ok) / total).toFixed(1)} %)`;
}
