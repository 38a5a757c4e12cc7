// importDocx: a Word file read through mammoth (header and closing tables, numbered lists,
// data tables), a Vanban file read back exactly from its embedded Document, and files that are
// not .docx refused.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document as DocxDocument,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { SEEDS_DIR } from '../fixtures/seeds';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { ImportError, importDocx, importText, importTextOrThrow } from '../../src/import';
import { htmlToLines } from '../../src/import/html';
import { renderDocx } from '../../src/render/docx';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

const TODAY = '2024-05-06';
const p = (text: string, opts: { bold?: boolean; numbered?: boolean } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, bold: opts.bold })],
    ...(opts.numbered ? { numbering: { reference: 'points', level: 0 } } : {}),
  });
const cell = (...lines: string[]): TableCell => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: lines.map((l) => p(l)) });

/** A Party Chỉ thị as an office would type it in Word: layout tables, auto-numbered points. */
async function wordFile(): Promise<Uint8Array> {
  const doc = new DocxDocument({
    numbering: {
      config: [{ reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({ children: [cell('TỈNH ỦY QUẢNG TRỊ', '*', 'Số 13-CT/TU'), cell('ĐẢNG CỘNG SẢN VIỆT NAM', 'Đông Hà, ngày 14 tháng 01 năm 2013')] }),
            ],
          }),
          p('CHỈ THỊ', { bold: true }),
          p('CỦA BAN THƯỜNG VỤ TỈNH ỦY', { bold: true }),
          p('về việc đẩy mạnh ứng dụng công nghệ thông tin'),
          p('-----'),
          p('Trong những năm qua, hoạt động ứng dụng công nghệ thông tin đạt nhiều kết quả.'),
          p('Tập trung nâng cao nhận thức về vai trò của công nghệ thông tin trong toàn Đảng bộ, mọi cấp, mọi ngành, mọi cơ quan, đơn vị và từng cán bộ, đảng viên. Đây là nhiệm vụ thường xuyên.', { numbered: true }),
          p('Ban cán sự đảng Ủy ban nhân dân tỉnh:', { numbered: true }),
          p('- Đầu tư hạ tầng kỹ thuật;'),
          p('- Đào tạo nhân lực.'),
          new Table({
            rows: [
              new TableRow({ children: [cell('Chỉ tiêu'), cell('Năm 2012'), cell('Năm 2013')] }),
              new TableRow({ children: [cell('Máy tính'), cell('1.200'), cell('1.500')] }),
            ],
          }),
          p('Chỉ thị này được phổ biến đến chi bộ./.'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('Nơi nhận:', '- Văn phòng Trung ương Đảng (báo cáo),', '- Các đ/c Tỉnh ủy viên,', '- Lưu Văn phòng Tỉnh ủy.'),
                  cell('T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Hữu Phúc'),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importDocx: a Word file', () => {
  it('reads header and closing tables, numbered points, lists and a data table', async () => {
    const bytes = await wordFile();
    const { document: doc, recognised } = await importDocx(bytes, { today: TODAY });
    expect(recognised).toEqual(expect.arrayContaining(['standard', 'issuer', 'number', 'placeDate', 'kind', 'author', 'summary', 'recipients', 'signature', 'headings']));
    expect(doc.standard.family).toBe('party');
    expect(doc.issuer).toEqual({ name: 'TỈNH ỦY QUẢNG TRỊ' });
    expect(doc.number).toEqual({ value: 13, typeCode: 'CT', issuerCode: 'TU' });
    expect([doc.place, doc.date, doc.kind]).toEqual(['Đông Hà', '2013-01-14', 'chi-thi']);
    expect(doc.title).toEqual({ author: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', summary: 'về việc đẩy mạnh ứng dụng công nghệ thông tin' });
    expect(doc.body).toEqual([
      { type: 'paragraph', text: 'Trong những năm qua, hoạt động ứng dụng công nghệ thông tin đạt nhiều kết quả.' },
      {
        type: 'heading',
        level: 2,
        title: '',
        text: 'Tập trung nâng cao nhận thức về vai trò của công nghệ thông tin trong toàn Đảng bộ, mọi cấp, mọi ngành, mọi cơ quan, đơn vị và từng cán bộ, đảng viên. Đây là nhiệm vụ thường xuyên.',
      },
      { type: 'heading', level: 2, title: 'Ban cán sự đảng Ủy ban nhân dân tỉnh:' },
      { type: 'list', marker: '-', items: ['Đầu tư hạ tầng kỹ thuật;', 'Đào tạo nhân lực.'] },
      { type: 'table', header: ['Chỉ tiêu', 'Năm 2012', 'Năm 2013'], rows: [['Máy tính', '1.200', '1.500']] },
      { type: 'paragraph', text: 'Chỉ thị này được phổ biến đến chi bộ.' },
    ]);
    expect(doc.recipients).toEqual({ entries: ['Văn phòng Trung ương Đảng (báo cáo)', 'Các đ/c Tỉnh ủy viên'], archive: 'Văn phòng Tỉnh ủy' });
    expect(doc.signature).toEqual({ authority: 'thay-mat', on: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Hữu Phúc' });
  });

  it('accepts an ArrayBuffer as well as a Uint8Array view into a larger buffer', async () => {
    const bytes = await wordFile();
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    const view = padded.subarray(8, 8 + bytes.length);
    const a = await importDocx(view, { today: TODAY });
    const b = await importDocx(bytes.slice().buffer, { today: TODAY });
    expect(a.document).toEqual(b.document);
    expect(a.document.number.value).toBe(13);
  });
});

describe('importDocx: a Vanban file', () => {
  it('returns the embedded Document exactly (custom XML part written by render/docx)', async () => {
    for (const doc of [makeDoc(), makePartyDoc()]) {
      const bytes = await renderDocx(compose(doc), doc);
      const result = await importDocx(bytes);
      expect(result.document).toEqual(doc);
      expect(result.unrecognisedLines).toBe(0);
    }
  });

  it('reads the Document of a "vanban-document" custom property as the guide', async () => {
    const doc = makePartyDoc({ title: { summary: 'về "dấu ngoặc" & <ký hiệu> đặc biệt' } });
    // The file's text is the Document's own (rendered without the custom XML part); only the
    // custom property carries the Document.
    const withProperty = new DocxDocument({
      customProperties: [{ name: 'vanban-document', value: JSON.stringify(doc) }],
      sections: [{ children: [p('x')] }],
    });
    const files = unzipSync(await renderDocx(compose(doc)));
    const custom = unzipSync(new Uint8Array(await Packer.toBuffer(withProperty)))['docProps/custom.xml'];
    if (custom) files['docProps/custom.xml'] = custom;
    const result = await importDocx(zipSync(files));
    expect(result.document).toEqual(doc);
    expect(result.changes).toEqual([]);
  });

  it('reads the text when it is another document than the one embedded', async () => {
    const doc = makePartyDoc();
    const file = new DocxDocument({
      customProperties: [{ name: 'vanban-document', value: JSON.stringify(doc) }],
      sections: [{ children: [p('THÔNG BÁO'), p('Về việc nghỉ lễ'), p('Nội dung khác hẳn.')] }],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(file)), { today: TODAY });
    expect(result.document.kind).toBe('thong-bao');
    expect(result.document.title.summary).toBe('Về việc nghỉ lễ');
    expect(result.document.body).toEqual([{ type: 'paragraph', text: 'Nội dung khác hẳn.' }]);
  });

  it('falls back to the text when the embedded Document does not validate', async () => {
    const file = new DocxDocument({
      customProperties: [{ name: 'vanban-document', value: '{"schemaVersion":1}' }],
      sections: [{ children: [p('THÔNG BÁO'), p('Về việc nghỉ lễ'), p('Nội dung.')] }],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(file)), { today: TODAY });
    expect(result.document.kind).toBe('thong-bao');
    expect(result.document.title.summary).toBe('Về việc nghỉ lễ');
  });
});

describe('importDocx: round trip of the seeds (import → render DOCX → import)', () => {
  const SEEDS = SEEDS_DIR;
  const files = readdirSync(SEEDS).filter((f) => /^00[012]_.*\.txt$/.test(f));

  for (const file of files) {
    it(`${file.slice(0, 3)}: exact with the embedded Document, and close through the text alone`, async () => {
      const doc = importTextOrThrow(readFileSync(join(SEEDS, file), 'utf8'), { today: TODAY }).document;
      const layout = compose(doc);
      expect((await importDocx(await renderDocx(layout, doc))).document).toEqual(doc);

      // Without the embedded copy, mammoth reads what compose printed.
      const back = (await importDocx(await renderDocx(layout), { today: TODAY })).document;
      expect(back.standard.family).toBe(doc.standard.family);
      expect(back.kind).toBe(doc.kind);
      expect(back.number).toEqual(doc.number.issuerCode === '…' ? back.number : doc.number);
      expect([back.place, back.date]).toEqual([doc.place, doc.date]);
      expect(back.recipients).toEqual(doc.recipients);
      expect(back.signature.name).toBe(doc.signature.name);
      expect(back.signature.authority).toBe(doc.signature.authority);
      const levels = (d: typeof doc): number[] => d.body.flatMap((b) => (b.type === 'heading' ? [b.level] : []));
      expect(levels(back)).toEqual(levels(doc));
    });
  }
});

describe('importDocx: not a .docx', () => {
  const refuses = async (bytes: Uint8Array): Promise<void> => {
    const error = await importDocx(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('notDocx');
    expect((error as Error).message).toBe('import.notDocx');
  };

  it('refuses random bytes, a PDF, an empty file and a zip without word/document.xml', async () => {
    await refuses(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
    await refuses(strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'));
    await refuses(new Uint8Array(0));
    await refuses(zipSync({ 'hello.txt': strToU8('xin chào') }));
  });
});

describe('htmlToLines', () => {
  it('keeps paragraphs, list labels, soft breaks and entities', () => {
    expect(
      htmlToLines('<p>A &amp; B</p><ol><li>Một</li><li>Hai<ol><li>nhỏ</li></ol></li></ol><ul><li>gạch</li></ul><p>x<br />y</p>'),
    ).toEqual(['A & B', '1. Một', '2. Hai', 'a) nhỏ', '- gạch', 'x', 'y']);
  });

  it('writes layout tables cell by cell and data tables row by row', () => {
    expect(htmlToLines('<table><tr><td><p>Nơi nhận:</p><p>- A;</p></td><td><p>BÍ THƯ</p></td></tr></table>')).toEqual(['Nơi nhận:', '- A;', 'BÍ THƯ']);
    expect(htmlToLines('<table><tr><td><p>a</p></td><td><p>b</p><p>c</p></td></tr><tr><td></td><td></td></tr></table>')).toEqual(['a\tb c']);
  });

  it('is what importText reads', () => {
    const lines = htmlToLines('<p>THÔNG BÁO</p><p>Về việc A</p><p>Nội dung.</p>');
    expect(importText(lines.join('\n'), { today: TODAY }).document.title.summary).toBe('Về việc A');
  });
});
