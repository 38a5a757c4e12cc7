// The yardstick: every real document of tests/fixtures/corpus imported with importText and compared
// with its key, part by part, and line by line for the body. Prints the score and the misses; fails
// when the score falls under the floor (raise the floor when the recognisers improve).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importText, importTextOrThrow } from '../../src/import';
import { KIND_IDS } from '../../src/model';
import { corpusEntries } from '../fixtures/corpus';
import { parseAuthority, ratio, scoreDocument, type CorpusKey, type DocumentScore } from './corpusScore';

// The targets: 98 % of the parts present, every body line kept. Measured 98.8 % and 100 %.
const FLOOR = { parts: 98, body: 100 };
/** The corpus the README promises: at least this many documents. */
const MIN_DOCUMENTS = 30;

const TODAY = '2000-01-01';

const text = z.string().min(1);
const keySchema = z
  .object({
    source: z.object({ url: text.optional(), repo: text.optional(), path: text.optional(), commit: text.optional(), what: text }).strict(),
    family: z.enum(['state', 'party']),
    kind: z.enum(KIND_IDS).nullable(),
    number: z.object({ value: z.number().int().nullable().optional(), typeCode: text.optional(), issuerCode: text.optional() }).strict().optional(),
    date: z.string().regex(/^\d{4}-(\d{2}-\d{2}|\d{2}-__|__-__)$/).optional(),
    place: text.optional(),
    issuer: z.object({ name: text.optional(), parent: text.optional() }).strict().optional(),
    typeName: text.optional(),
    author: text.optional(),
    summary: text.optional(),
    addressees: z.array(text).optional(),
    headings: z.array(text).optional(),
    recipients: z.object({ entries: z.array(text).optional(), archive: text.optional() }).strict().optional(),
    signer: z.object({ authority: z.array(text).optional(), position: text.optional(), name: text.optional() }).strict().optional(),
    body: z.object({ first: text, last: text, skip: z.array(text).optional() }).strict().optional(),
  })
  .strict();

const entries = corpusEntries();

describe('corpus of real documents', () => {
  it(`has at least ${MIN_DOCUMENTS} documents, each with a valid key`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_DOCUMENTS);
    for (const e of entries) {
      const parsed = keySchema.safeParse(e.key);
      expect(parsed.success ? '' : `${e.id}: ${parsed.error.message}`).toBe('');
    }
  });

  it('imports every document and scores at least the floor', () => {
    let partsOk = 0;
    let partsTotal = 0;
    let bodyOk = 0;
    let bodyTotal = 0;
    let meanParts = 0;
    const crashes: string[] = [];
    const keyErrors: string[] = [];
    const report: string[] = [];
    for (const e of entries) {
      const key = keySchema.parse(e.key) as CorpusKey;
      let doc;
      try {
        doc = importTextOrThrow(e.text, { today: TODAY }).document;
      } catch (err) {
        // importText never throws (it falls back to plain paragraphs); the reader under it did.
        crashes.push(`${e.id}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        doc = importText(e.text, { today: TODAY }).document;
      }
      const s: DocumentScore = scoreDocument(e.text, key, doc);
      partsOk += s.partsOk;
      partsTotal += s.partsTotal;
      meanParts += s.partsTotal === 0 ? 1 : s.partsOk / s.partsTotal;
      bodyOk += s.bodyOk;
      bodyTotal += s.bodyTotal;
      if (s.keyError) keyErrors.push(`${e.id}: ${s.keyError}`);
      const missed = s.parts.filter((p) => !p.ok);
      report.push(`  ${e.id}: parts ${ratio(s.partsOk, s.partsTotal)}, body lines ${ratio(s.bodyOk, s.bodyTotal)}`);
      for (const p of missed) report.push(`    - ${p.part}: expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.actual.slice(0, 160))}`);
      for (const l of s.bodyMissed.slice(0, 8)) report.push(`    - body line lost: ${JSON.stringify(l.slice(0, 120))}`);
      if (s.bodyMissed.length > 8) report.push(`    - … and ${s.bodyMissed.length - 8} more body lines lost`);
    }
    // The mean over documents too: a document with a hundred headings should not hide ten short ones.
    const mean = ((100 * meanParts) / Math.max(1, entries.length)).toFixed(1);
    const summary = `corpus: ${entries.length} documents, parts ${ratio(partsOk, partsTotal)}, body lines ${ratio(bodyOk, bodyTotal)}, parts per document ${mean} % on average`;
    console.log([summary, ...report, ...crashes.map((c) => `  CRASH ${c}`), summary].join('\n'));
    expect(keyErrors).toEqual([]);
    expect(crashes).toEqual([]);
    expect((100 * partsOk) / partsTotal).toBeGreaterThanOrEqual(FLOOR.parts);
    expect((100 * bodyOk) / bodyTotal).toBeGreaterThanOrEqual(FLOOR.body);
  });
});

describe('the scorer', () => {
  const e = entries.find((x) => x.id.startsWith('003-')) ?? entries[0];
  const key = keySchema.parse(e?.key) as CorpusKey;
  const doc = importTextOrThrow(e?.text ?? '', { today: TODAY }).document;

  it('counts a part as missed when the import gets it wrong, and a body line as lost when it is dropped', () => {
    const base = scoreDocument(e?.text ?? '', key, doc);
    const wrong = scoreDocument(e?.text ?? '', key, { ...doc, place: 'Nơi khác', body: doc.body.slice(1) });
    expect(wrong.parts.find((p) => p.part === 'place')?.ok).toBe(false);
    expect(wrong.partsOk).toBeLessThan(base.partsOk + (base.parts.find((p) => p.part === 'place')?.ok ? 0 : 1));
    expect(wrong.bodyOk).toBeLessThan(base.bodyOk);
    expect(wrong.bodyMissed.length).toBeGreaterThan(0);
  });

  it('reads the authority forms of both rule books', () => {
    expect(parseAuthority('KT. CHỦ TỊCH')).toEqual({ form: 'ky-thay', on: 'CHỦ TỊCH' });
    expect(parseAuthority('T/M BAN THƯỜNG VỤ')).toEqual({ form: 'thay-mat', on: 'BAN THƯỜNG VỤ' });
    expect(parseAuthority('TL. BỘ TRƯỞNG')).toEqual({ form: 'thua-lenh', on: 'BỘ TRƯỞNG' });
    expect(parseAuthority('PHÓ CHỦ TỊCH')).toBeUndefined();
  });
});
