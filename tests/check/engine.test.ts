// The engine and the whole rule set: declared codes, stable severities, clean fixtures, and
// every sample free of errors, every built-in template free of errors but its "[…]" to fill in.
import { describe, expect, it } from 'vitest';
import { CODES, RULES, check, hasErrors } from '../../src/check';
import { BUILTIN_TEMPLATES, fillYears, SAMPLES } from '../../src/templates';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { errors, run } from './helpers';

describe('rules', () => {
  it('each rule has an id, a legal basis and at least one code; ids and codes are unique', () => {
    const ids = new Set<string>();
    const codes = new Set<string>();
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(rule.basis.trim().length, rule.id).toBeGreaterThan(5);
      expect(Object.keys(rule.codes).length, rule.id).toBeGreaterThan(0);
      for (const code of Object.keys(rule.codes)) {
        expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(codes.has(code), code).toBe(false);
        codes.add(code);
      }
    }
    expect(Object.keys(CODES).sort()).toEqual([...codes].sort());
  });

  it('findings carry both languages, a basis, and the code\'s declared severity; errors come first', () => {
    const doc = makePartyDoc({
      date: '2026-06-01',
      number: { value: null, typeCode: 'TB', issuerCode: 'ĐUK' },
      title: { summary: 'Về việc đẩy mạnh' },
      recipients: { entries: ['Như trên;'], archive: '' },
      signature: { authority: 'thua-uy-quyen', on: 'TL. BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ TỈNH ỦY', name: '' },
    });
    const findings = check(doc, { today: '2026-01-01' });
    expect(findings.length).toBeGreaterThan(6);
    for (const f of findings) {
      expect(CODES[f.code], f.code).toBe(f.severity);
      expect(f.message.vi.length, f.code).toBeGreaterThan(10);
      expect(f.message.en.length, f.code).toBeGreaterThan(10);
      expect(f.basis.length, f.code).toBeGreaterThan(5);
      expect(f.path).toMatch(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)*$/);
    }
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    expect(findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
    expect(hasErrors(findings)).toBe(true);
  });

  it('Party findings cite the Party rule book, State findings the decree', () => {
    const party = check(makePartyDoc({ signature: { ...makePartyDoc().signature, name: '' } }));
    expect(party.find((f) => f.code === 'signature.name-missing')?.basis).toContain('HD 36-HD/VPTW');
    const hd05 = check(makePartyDoc({ date: '2026-06-01', signature: { ...makePartyDoc().signature, name: '' } }), { today: '2026-06-01' });
    expect(hd05.find((f) => f.code === 'signature.name-missing')?.basis).toContain('HD 05-HD/VPTW');
    const state = check(makeDoc({ signature: { ...makeDoc().signature, name: '' } }));
    expect(state.find((f) => f.code === 'signature.name-missing')?.basis).toContain('NĐ 30/2020');
  });
});

describe('clean documents', () => {
  it('the State fixture has no finding at all', () => {
    expect(run(makeDoc())).toEqual([]);
  });

  it('the Party fixture has no finding at all, under HD36 and under HD05', () => {
    expect(run(makePartyDoc())).toEqual([]);
    expect(run(makePartyDoc({ date: '2026-06-01' }))).toEqual([]);
    expect(hasErrors(run(makePartyDoc()))).toBe(false);
  });
});

describe('templates and samples', () => {
  for (const t of SAMPLES) {
    it(`${t.id} has no error`, () => {
      // Judged at the document's own date: a document dated ahead is not what is checked here.
      const found = errors(check(t.document, { today: t.document.date }));
      expect(found.map((f) => `${f.code} @ ${f.path}: ${f.message.en}`)).toEqual([]);
    });
  }
  for (const t of BUILTIN_TEMPLATES) {
    // A template is text to fill in: its only errors are the "[…]" left for the drafter.
    it(`${t.id} has no error but its template text`, () => {
      const doc = fillYears(t.document);
      const found = errors(check(doc, { today: doc.date }));
      expect(found.filter((f) => f.code !== 'text.placeholder').map((f) => `${f.code} @ ${f.path}: ${f.message.en}`)).toEqual([]);
      expect(found.length).toBeGreaterThan(0);
    });
  }
});
