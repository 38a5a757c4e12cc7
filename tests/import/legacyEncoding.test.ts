// TCVN3 (ABC) and VNI text → Unicode NFC, and telling them from Unicode. Expected strings typed
// in Unicode; the legacy ones are the byte values of the fonts' tables (GNU libiconv lib/tcvn.h
// for TCVN3, duydev/vietnamese-conversion src/charsets.ts for VNI), read as windows-1252.
import { describe, expect, it } from 'vitest';
import { convertLegacy, decodeText, detectLegacyEncoding, importFile, toUnicode } from '../../src/import';

const NATIONAL = 'Cộng hoà xã hội chủ nghĩa Việt Nam';

describe('TCVN3', () => {
  it('converts the Quốc hiệu and the Tiêu ngữ typed in .VnTime', () => {
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe(NATIONAL);
    expect(convertLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertLegacy('N¬i nhËn:', 'tcvn3')).toBe('Nơi nhận:');
    expect(convertLegacy('- L­u: VT, VP.', 'tcvn3')).toBe('- Lưu: VT, VP.');
  });

  it('puts a line typed in .VnTimeH (capitals drawn from lower-case codes) in capitals', () => {
    expect(convertLegacy('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('UBND TØNH KI£N GIANG', 'tcvn3')).toBe('UBND TỈNH KIÊN GIANG');
    // A name in .VnTime keeps its case.
    expect(convertLegacy('Lª V¨n An', 'tcvn3')).toBe('Lê Văn An');
    expect(convertLegacy('Sè: 134/TB-VP', 'tcvn3')).toBe('Số: 134/TB-VP');
  });

  it('gives NFC text', () => {
    const out = convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('VNI', () => {
  it('converts base letters followed by their marks', () => {
    expect(convertLegacy('Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe(NATIONAL);
    expect(convertLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(convertLegacy('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('Nôi nhaän: Sôû Taøi chính; ngöôøi', 'vni')).toBe('Nơi nhận: Sở Tài chính; người');
  });
});

describe('detection', () => {
  it('finds TCVN3 and VNI, and leaves Unicode and plain Latin-1 alone', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc')).toBe('tcvn3');
    expect(detectLegacyEncoding('Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc')).toBe('vni');
    expect(detectLegacyEncoding(`${NATIONAL}\nĐộc lập - Tự do - Hạnh phúc`)).toBeUndefined();
    expect(detectLegacyEncoding('Café © 2024 — naïve façade, 50 °C ± 2')).toBeUndefined();
    expect(toUnicode('Xin chào').encoding).toBeUndefined();
  });

  it('keeps Unicode lines of a mixed text as they are', () => {
    const text = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\nĐã có chữ Unicode ở đây: © ±';
    expect(toUnicode(text).text).toBe(`${NATIONAL}\nĐã có chữ Unicode ở đây: © ±`);
  });
});

describe('text files in old encodings', () => {
  const tcvn3Bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const TCVN3_DOC = [
    'UBND TØNH KI£N GIANG',
    'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM',
    'V¡N PHßNG',
    '§éc lËp - Tù do - H¹nh phóc',
    'Sè: 134/TB-VP',
    'Kiªn Giang, ngµy 13 th¸ng 02 n¨m 2019',
    'TH¤NG B¸O',
    'ý kiÕn kÕt luËn cña Phã Chñ tÞch UBND tØnh',
    'Néi dung th«ng b¸o./.',
    'N¬i nhËn:',
    '- Nh­ trªn;',
    '- L­u: VT, TH.',
    'KT. CH¸NH V¡N PHßNG',
    'PHã CH¸NH V¡N PHßNG',
    'Huúnh VÜnh L¹c',
  ].join('\n');

  it('decodes a TCVN3 .txt (not UTF-8) and reads it as a document', async () => {
    const bytes = tcvn3Bytes(TCVN3_DOC);
    expect(decodeText(bytes)).toBe(TCVN3_DOC);
    const result = await importFile('cu.txt', bytes, { today: '2024-05-06' });
    expect(result.legacyEncoding).toBe('tcvn3');
    expect(result.document.issuer).toEqual({ parent: 'UBND TỈNH KIÊN GIANG', name: 'VĂN PHÒNG' });
    expect(result.document.number.value).toBe(134);
    expect([result.document.place, result.document.date]).toEqual(['Kiên Giang', '2019-02-13']);
    expect(result.document.recipients).toEqual({ entries: ['Như trên'], archive: 'VT, TH' });
    expect(result.document.signature.position).toBe('PHÓ CHÁNH VĂN PHÒNG');
    expect(result.document.signature.name).toBe('Huỳnh Vĩnh Lạc');
  });

  it('decodes UTF-8 with or without BOM, UTF-16 by its BOM, and windows-1258', () => {
    const utf8 = new TextEncoder().encode(NATIONAL);
    expect(decodeText(utf8)).toBe(NATIONAL);
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8))).toBe(NATIONAL);
    const le = Uint8Array.of(0xff, 0xfe, ...Array.from(NATIONAL).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(decodeText(le)).toBe(NATIONAL);
    // "Cộng hoà" in windows-1258: o + combining dot below (0xF2) + ^ … ; here "Việt": V i 0xEA 0xF2 t.
    expect(decodeText(Uint8Array.of(0x56, 0x69, 0xea, 0xf2, 0x74))).toBe('Việt');
  });
});

describe('a .docx typed in TCVN3', () => {
  it('is converted before its header and closing tables are judged', async () => {
    const { tcvn3Docx } = await import('./libreoffice');
    const result = await importFile('cu.docx', await tcvn3Docx(), { today: '2024-05-06' });
    expect(result.kind).toBe('docx');
    const doc = result.document;
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH KIÊN GIANG', name: 'VĂN PHÒNG' });
    expect([doc.number.value, doc.place, doc.date]).toEqual([134, 'Kiên Giang', '2019-02-13']);
    expect(doc.recipients).toEqual({ entries: ['Như trên'], archive: 'VT, TH' });
    expect(doc.signature).toMatchObject({ authority: 'ky-thay', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Huỳnh Vĩnh Lạc' });
  });
});
