// .json import and export: a bad file is refused whole, with a reason; a good one comes back equal.
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/model';
import { draftToJson, MAX_IMPORT_BYTES, parseImportJson, readImportFile, safeFileName, templateToJson } from '../../src/store';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

describe('parseImportJson', () => {
  it('takes back an exported draft as a draft', () => {
    const doc = makeDoc();
    const result = parseImportJson(draftToJson(doc));
    expect(result).toMatchObject({ ok: true, kind: 'draft' });
    if (result.ok && result.kind === 'draft') expect(result.document).toEqual(doc);
  });

  it('takes back an exported template as a template', () => {
    const doc = makePartyDoc();
    const result = parseImportJson(templateToJson({ id: 'user-chi-thi', title: 'Chỉ thị', description: 'riêng', document: doc }));
    expect(result).toMatchObject({ ok: true, kind: 'template' });
    if (result.ok && result.kind === 'template') {
      expect(result.template.id).toBe('user-chi-thi');
      expect(result.template.document).toEqual(doc);
    }
  });

  it('refuses text that is not JSON', () => {
    expect(parseImportJson('{"schemaVersion": 1, "kind": ')).toMatchObject({ ok: false, error: 'notJson' });
    expect(parseImportJson('')).toMatchObject({ ok: false, error: 'notJson' });
  });

  it('refuses __proto__, constructor and prototype keys at any depth', () => {
    const doc = JSON.parse(draftToJson(makeDoc())) as Record<string, unknown>;
    const text = draftToJson(makeDoc()).replace('"schemaVersion": 2', '"__proto__": {"polluted": true}, "schemaVersion": 2');
    expect(parseImportJson(text)).toEqual({ ok: false, error: 'forbiddenKey', key: '__proto__' });
    const nested = JSON.stringify({ ...doc, signature: { ...(doc.signature as object), constructor: { prototype: {} } } });
    expect(parseImportJson(nested)).toMatchObject({ ok: false, error: 'forbiddenKey' });
    // Nothing leaked into Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the wrong shape and says where', () => {
    const bad = { ...JSON.parse(draftToJson(makeDoc())), date: '2019-02-30' };
    const result = parseImportJson(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: 'wrongShape' });
    if (!result.ok && result.error === 'wrongShape') expect(result.issues).toContainEqual({ path: 'date', message: 'date_invalid' });
    expect(parseImportJson('[1,2]')).toMatchObject({ ok: false, error: 'wrongShape' });
    expect(parseImportJson('"text"')).toMatchObject({ ok: false, error: 'wrongShape' });
    expect(parseImportJson('null')).toMatchObject({ ok: false, error: 'wrongShape' });
    // A template whose document is broken is refused as a template.
    const tpl = parseImportJson(JSON.stringify({ id: 'Bad Id', title: 't', document: makeDoc() }));
    expect(tpl).toMatchObject({ ok: false, error: 'wrongShape' });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
    let read = false;
    const spy = Object.assign(big, {
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(await readImportFile(spy)).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(read).toBe(false);
    expect(parseImportJson(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, error: 'tooLarge' });
  });

  it('accepts a file with a byte-order mark', () => {
    expect(parseImportJson(`\uFEFF${draftToJson(makeDoc())}`)).toMatchObject({ ok: true, kind: 'draft' });
  });

  it('gives back what the schema would', () => {
    const result = parseImportJson(draftToJson(makeDoc()));
    if (!result.ok || result.kind !== 'draft') throw new Error('expected a draft');
    expect(documentSchema.parse(result.document)).toEqual(result.document);
  });
});

describe('safeFileName', () => {
  it('keeps Vietnamese letters and drops what file systems refuse', () => {
    expect(safeFileName('Báo cáo: quý I/2025?')).toBe('Báo cáo- quý I-2025');
    expect(safeFileName('   ')).toBe('van-ban');
    expect(safeFileName('..')).toBe('van-ban');
  });
});
