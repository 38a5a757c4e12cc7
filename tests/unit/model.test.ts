import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentJson, templateFileSchema } from '../../src/model';
import { BUILTIN_TEMPLATES, instantiate, reportYear } from '../../src/templates';
import { makeDoc } from '../fixtures/docs';

describe('document schema', () => {
  it('accepts the fixtures and normalises text to NFC', () => {
    const decomposed = 'Thông báo'.normalize('NFD');
    const doc = makeDoc({ title: { summary: decomposed } });
    expect(doc.title.summary).toBe('Thông báo'.normalize('NFC'));
    expect(doc.title.summary.length).toBeLessThan(decomposed.length);
  });
  it('names each bad field', () => {
    const base = JSON.parse(JSON.stringify(makeDoc())) as Record<string, unknown>;
    const bad = { ...base, date: '2019-02-30', issuer: { name: '' }, signature: { authority: 'XX', name: 'A' } };
    const r = parseDocument(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.issues.map((i) => i.path);
      expect(paths).toContain('date');
      expect(paths).toContain('issuer.name');
      expect(paths).toContain('signature.authority');
      expect(r.issues.find((i) => i.path === 'date')?.message).toBe('date_invalid');
    }
  });
  it('refuses text that is not JSON, and JSON of the wrong shape', () => {
    const r = parseDocumentJson('{not json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/^invalid_json/);
    expect(parseDocumentJson('[1,2,3]').ok).toBe(false);
  });
  it('drops __proto__ keys instead of polluting objects', () => {
    const json = JSON.stringify(makeDoc()).replace('{', '{"__proto__":{"polluted":true},');
    const r = parseDocumentJson(json);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.document)).toBe(Object.prototype);
  });
});

describe('templates', () => {
  it('has the six built-in templates, 3 kinds × State/Party, all valid', () => {
    const combos = BUILTIN_TEMPLATES.map((t) => `${t.document.kind}/${t.document.standard.family}`).sort();
    expect(combos).toEqual([
      'bao-cao-tong-ket/party', 'bao-cao-tong-ket/state', 'chi-thi/party', 'chi-thi/state', 'thong-bao-ket-luan/party', 'thong-bao-ket-luan/state',
    ]);
    for (const t of BUILTIN_TEMPLATES) expect(templateFileSchema.safeParse(t).success).toBe(true);
  });
  it('fills the report years from the date', () => {
    expect(reportYear('2026-12-15')).toBe(2026);
    expect(reportYear('2027-01-10')).toBe(2026);
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'state-bao-cao-tong-ket')!;
    const doc = instantiate(t, '2027-01-10');
    expect(doc.date).toBe('2027-01-10');
    expect(doc.title.summary).toBe('Tổng kết công tác năm 2026 và phương hướng, nhiệm vụ năm 2027');
    expect(JSON.stringify(doc)).not.toMatch(/\{N/);
  });
});
