// importDoc: the samples rendered to DOCX and saved by LibreOffice as Word 97–2003 .doc read
// back with the same number, date, issuer, signer, Nơi nhận and headings; a .doc typed in the
// old TCVN3 fonts comes back in Unicode; what is not a Word file is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importDocx, importFile } from '../../src/import';
import { docLines, importDoc } from '../../src/import/doc';
import { convertBytes, convertSamples, essentials, headingTitles, tcvn3Docx, type Converted } from './libreoffice';

describe('importDoc: the samples saved as .doc by LibreOffice', () => {
  let converted: Converted[] = [];
  beforeAll(async () => {
    converted = await convertSamples('doc');
  });

  it('reads back what the sample says', async () => {
    expect(converted.length).toBeGreaterThanOrEqual(4);
    for (const c of converted) {
      const back = (await importDoc(c.bytes, { today: c.document.date })).document;
      expect(essentials(back), c.id).toEqual(essentials(c.document));
      const fromDocx = (await importDocx(c.docx, { today: c.document.date })).document;
      expect(headingTitles(back), c.id).toEqual(headingTitles(fromDocx));
      // Data tables come back as tables, as from the DOCX.
      expect(back.body.filter((b) => b.type === 'table').length, c.id).toBe(fromDocx.body.filter((b) => b.type === 'table').length);
    }
  });

  it('is what importFile does with an OLE2 file', async () => {
    const c = converted[1] as Converted;
    const result = await importFile('cu.doc', c.bytes, { today: c.document.date });
    expect(result.kind).toBe('doc');
    expect(result.document).toEqual((await importDoc(c.bytes, { today: c.document.date })).document);
  });
});

describe('importDoc: a .doc typed in TCVN3 (.VnTime, .VnTimeH)', () => {
  let bytes: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    bytes = convertBytes(await tcvn3Docx(), 'doc');
  });

  it('converts it to Unicode before reading it', async () => {
    const result = await importFile('cu.doc', bytes, { today: '2024-05-06' });
    expect(result.kind).toBe('doc');
    const doc = result.document;
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH KIÊN GIANG', name: 'VĂN PHÒNG' });
    expect(doc.number.value).toBe(134);
    expect([doc.place, doc.date, doc.kind]).toEqual(['Kiên Giang', '2019-02-13', 'thong-bao-ket-luan']);
    expect(doc.recipients).toEqual({ entries: ['Như trên'], archive: 'VT, TH' });
    expect(doc.signature).toMatchObject({ authority: 'ky-thay', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Huỳnh Vĩnh Lạc' });
  });
});

describe('importDoc: not a Word file', () => {
  it('refuses bytes without the OLE2 signature and an OLE2 file without a WordDocument stream', async () => {
    const code = (e: unknown): string | undefined => (e instanceof ImportError ? e.code : undefined);
    expect(code(await docLines(new TextEncoder().encode('not a doc')).catch((e: unknown) => e))).toBe('docUnsupported');
    const CFB = (await import('cfb')) as typeof import('cfb') & { default?: typeof import('cfb') };
    const cfb = CFB.default ?? CFB;
    const container = cfb.utils.cfb_new();
    cfb.utils.cfb_add(container, 'Workbook', new Uint8Array(64));
    const ole = new Uint8Array(cfb.write(container, { type: 'array' }) as number[]);
    expect(code(await docLines(ole).catch((e: unknown) => e))).toBe('docUnsupported');
  });
});
