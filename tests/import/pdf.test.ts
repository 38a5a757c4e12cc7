// importPdf: the samples rendered to DOCX and printed to PDF by LibreOffice (and Vanban's own
// PDFs) read back with the same number, date, issuer, signer, Nơi nhận and headings; the column rebuilding on its own;
// a PDF without text refused as a scan.
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { ImportError, importDocx, importFile } from '../../src/import';
import { importPdf } from '../../src/import/pdf';
import { pdfTextLines, type PdfTextItem } from '../../src/import/pdfLines';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';
import { renderPdfNode } from '../../src/render/pdf/node';
import { SAMPLES } from '../../src/templates';
import { convertBytes, convertSamples, essentials, headingTitles, tcvn3Docx, type Converted } from './libreoffice';

const tablesOf = (doc: Document) => [...doc.body, ...(doc.appendices ?? []).flatMap((a) => a.body)].filter((b) => b.type === 'table');

describe('importPdf: the samples printed to PDF by LibreOffice', () => {
  let converted: Converted[] = [];
  beforeAll(async () => {
    converted = await convertSamples('pdf');
  });

  it('converts every sample', () => {
    expect(converted.length).toBeGreaterThanOrEqual(4);
    for (const c of converted) expect(new TextDecoder().decode(c.bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('reads back what the sample says', async () => {
    for (const c of converted) {
      const back = (await importPdf(c.bytes, { today: c.document.date })).document;
      expect(essentials(back), c.id).toEqual(essentials(c.document));
      // Heading titles as the same recognisers read the DOCX (titles printed in capitals included).
      const fromDocx = (await importDocx(c.docx, { today: c.document.date })).document;
      expect(headingTitles(back), c.id).toEqual(headingTitles(fromDocx));
      // Data tables, wrapped header cells included, come back as from the DOCX.
      expect(tablesOf(back), c.id).toEqual(tablesOf(fromDocx));
    }
  });

  it('is what importFile does with a PDF, whatever its name', async () => {
    const c = converted[0] as Converted;
    const a = await importFile('van-ban.docx', c.bytes, { today: c.document.date });
    expect(a.kind).toBe('pdf');
    expect(a.document).toEqual((await importPdf(c.bytes, { today: c.document.date })).document);
  });
});

describe("importPdf: Vanban's own PDF (pdfmake)", () => {
  it('reads back what each sample says, as from its DOCX', async () => {
    for (const s of SAMPLES) {
      const layout = compose(s.document);
      const back = (await importPdf(await renderPdfNode(layout), { today: s.document.date })).document;
      expect(essentials(back), s.id).toEqual(essentials(s.document));
      const docx = await renderDocx(layout, undefined, { rasterize: (svg, w) => rasterizeSvgNode(svg, w) });
      expect(headingTitles(back), s.id).toEqual(headingTitles((await importDocx(docx, { today: s.document.date })).document));
    }
  });
});

describe('importPdf: a PDF printed from a document typed in TCVN3', () => {
  it('converts the old codes before the columns and parts are read', async () => {
    const bytes = convertBytes(await tcvn3Docx(), 'pdf');
    const doc = (await importFile('cu.pdf', bytes, { today: '2024-05-06' })).document;
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH KIÊN GIANG', name: 'VĂN PHÒNG' });
    expect(doc.number.value).toBe(134);
    expect([doc.place, doc.date, doc.kind]).toEqual(['Kiên Giang', '2019-02-13', 'thong-bao-ket-luan']);
    // TCVN3's "ư" is byte 0xAD, the soft hyphen, which LibreOffice does not draw: this fixture has
    // no "ư" left ("Lưu" printed "Lu"), so the Nơi nhận is not checked here (doc.test.ts does).
    expect(doc.signature).toMatchObject({ authority: 'ky-thay', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Huỳnh Vĩnh Lạc' });
    expect(doc.title.summary).toBe('ý kiến kết luận của Phó Chủ tịch UBND tỉnh');
  });
});

/** A minimal one-page PDF whose page draws a line and holds no text: what a scan gives to pdf.js. */
function pdfWithoutText(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = '0 0 m 100 100 l S';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  offsets.push(body.length);
  body += `4 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n`;
  const xref = body.length;
  body += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('importPdf: files it cannot read', () => {
  const codeOf = async (p: Promise<unknown>): Promise<string | undefined> =>
    p.then(
      () => undefined,
      (e: unknown) => (e instanceof ImportError ? e.code : `not an ImportError: ${String(e)}`),
    );

  it('refuses a PDF without text as a scan, with its own message key', async () => {
    expect(await codeOf(importPdf(pdfWithoutText()))).toBe('scannedPdf');
    await expect(importPdf(pdfWithoutText())).rejects.toThrow('import.scannedPdf');
  });

  it('refuses a broken PDF as unreadable', async () => {
    expect(await codeOf(importPdf(new TextEncoder().encode('%PDF-1.7\n%%EOF')))).toBe('unreadable');
  });
});

describe('pdfTextLines: positions → lines and columns', () => {
  const item = (str: string, x: number, y: number, size = 13, width = str.length * size * 0.5): PdfTextItem => ({ str, x, y, width, size });

  it('keeps the header columns apart, left column first, and the title out of them', () => {
    const lines = pdfTextLines([
      {
        items: [
          item('UBND TỈNH X', 100, 770),
          item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 280, 770),
          item('VĂN PHÒNG', 120, 755),
          item('Độc lập - Tự do - Hạnh phúc', 320, 755),
          item('Số: 5/TB-VP', 115, 728),
          item('X, ngày 05 tháng 02 năm 2024', 300, 728),
          // The tên loại, centred on the body text (85–552).
          item('THÔNG BÁO', 289.5, 690, 14, 60),
          item('Một đoạn văn bản đủ dài để chiếm gần hết dòng và tiếp tục', 113.5, 660, 14, 438),
          item('ở dòng sau, dòng này cũng đầy đến lề phải của trang giấy', 85, 644, 14, 467),
          item('và dòng cuối.', 85, 628, 14, 80),
          item('Đoạn thứ hai, dòng đầu lùi vào.', 113.5, 606, 14, 200),
        ],
      },
    ]);
    expect(lines).toEqual([
      'UBND TỈNH X',
      'VĂN PHÒNG',
      'Số: 5/TB-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'X, ngày 05 tháng 02 năm 2024',
      'THÔNG BÁO',
      'Một đoạn văn bản đủ dài để chiếm gần hết dòng và tiếp tục ở dòng sau, dòng này cũng đầy đến lề phải của trang giấy và dòng cuối.',
      'Đoạn thứ hai, dòng đầu lùi vào.',
    ]);
  });

  it('writes Nơi nhận beside the signature as two columns, joins a wrapped entry, drops page numbers', () => {
    const lines = pdfTextLines([
      {
        items: [
          item('Nội dung trang một, dòng đầu lùi vào một xăng-ti-mét', 113.5, 700, 14, 438),
          item('rồi các dòng sau đầy từ lề trái đến lề phải của trang', 85, 684, 14, 467),
          item('và dòng cuối của đoạn.', 85, 668, 14, 150),
        ],
      },
      {
        items: [
          item('2', 315, 800, 14, 7),
          item('Nơi nhận:', 85, 500, 12),
          item('KT. CHÁNH VĂN PHÒNG', 330, 498, 14, 168),
          item('- Bộ Thông tin và Truyền thông (để báo', 85, 487, 11),
          item('PHÓ CHÁNH VĂN PHÒNG', 325, 482, 14, 175),
          item('cáo);', 91, 474, 11),
          item('- Lưu: VT.', 85, 461, 11),
          item('Nguyễn Văn A', 362, 400, 14, 100),
        ],
      },
    ]);
    expect(lines).toEqual([
      'Nội dung trang một, dòng đầu lùi vào một xăng-ti-mét rồi các dòng sau đầy từ lề trái đến lề phải của trang và dòng cuối của đoạn.',
      'Nơi nhận:',
      '- Bộ Thông tin và Truyền thông (để báo cáo);',
      '- Lưu: VT.',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Nguyễn Văn A',
    ]);
  });

  it('writes a data table row by row with tabs', () => {
    const lines = pdfTextLines([
      {
        items: [
          item('Chỉ tiêu', 90, 500, 12, 45),
          item('Năm 2023', 300, 500, 12, 50),
          item('Năm 2024', 450, 500, 12, 50),
          item('Máy tính', 90, 480, 12, 45),
          item('1.200', 305, 480, 12, 30),
          item('1.500', 455, 480, 12, 30),
        ],
      },
    ]);
    expect(lines).toEqual(['Chỉ tiêu\tNăm 2023\tNăm 2024', 'Máy tính\t1.200\t1.500']);
  });
});
