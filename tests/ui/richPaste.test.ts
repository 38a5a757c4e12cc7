// @vitest-environment jsdom
// Paste conversion on Word's real clipboard HTML (tests/fixtures/clipboard): paragraphs stay
// paragraphs, headings are recognised by their labels, lists stay lists, tables stay tables,
// bold/italic/underline are kept and everything else is dropped.
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText, clipboardText, looksLikeWholeDocument } from '../../src/ui/editor/rich/paste';
import { wordClipboardHtml } from '../fixtures/clipboard';
import { seed } from '../fixtures/seeds';

const WORD = wordClipboardHtml();
const STATE = { family: 'state' as const, date: '2019-02-13' };

const span = (text: string, word: string, type: 'bold' | 'italic' | 'underline') => ({ from: text.indexOf(word), to: text.indexOf(word) + word.length, type });

describe('paste from Word', () => {
  const blocks = blocksFromHtml(WORD, STATE);

  it('gives the blocks in order: paragraph, headings, paragraph, list, sub-list, table, paragraph', () => {
    expect(blocks.map((b) => (b.type === 'heading' ? `heading-${b.level}` : b.type === 'list' ? `list${b.marker}` : b.type))).toEqual([
      'paragraph', 'heading-1', 'heading-2', 'paragraph', 'list-', 'list+', 'table', 'paragraph',
    ]);
  });

  it('keeps bold, italic and underline of a paragraph, its spaces normal, its styles and colours dropped', () => {
    const p = blocks[0]!;
    const text = 'Ngày 08 tháng 01 năm 2019, Sở Thông tin và Truyền thông tổ chức Hội nghị tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019; đồng chí Phó Chủ tịch chủ trì.';
    expect(p).toEqual({
      type: 'paragraph',
      text,
      marks: [span(text, 'Hội nghị tổng kết', 'bold'), span(text, 'nhiệm vụ năm 2019', 'italic'), span(text, 'đồng chí Phó Chủ tịch', 'underline')],
    });
    expect(JSON.stringify(blocks)).not.toMatch(/mso-|Times New Roman|C00000|font-size/u);
  });

  it('recognises a typed "I." and Word\'s own numbered "1." as headings at the rule book\'s levels, with title and text', () => {
    expect(blocks[1]).toEqual({ type: 'heading', level: 1, title: 'ĐÁNH GIÁ CHUNG' });
    const text = 'Tiếp tục xây dựng hạ tầng đồng bộ.';
    expect(blocks[2]).toEqual({ type: 'heading', level: 2, title: 'Về công nghệ thông tin:', text, marks: [span(text, 'đồng bộ', 'italic')] });
  });

  it('keeps a line break inside a paragraph as "\\n"', () => {
    expect(blocks[3]).toEqual({ type: 'paragraph', text: 'Dòng thứ nhất của đoạn;\ndòng thứ hai sau ngắt dòng.' });
  });

  it('makes Word bullets "-" items and its second-level bullets "+" items, marks kept', () => {
    const second = 'Đưa cổng dịch vụ công vào vận hành';
    expect(blocks[4]).toEqual({ type: 'list', marker: '-', items: ['Hoàn thành trục liên thông văn bản', second], itemMarks: [[], [span(second, 'cổng dịch vụ công', 'bold')]] });
    expect(blocks[5]).toEqual({ type: 'list', marker: '+', items: ['Ở cấp huyện'] });
  });

  it('keeps the 3×3 table a table, its first row the header, its shading, colours and wrapped source lines gone', () => {
    expect(blocks[6]).toEqual({
      type: 'table',
      header: ['Nhiệm vụ', 'Thời hạn', 'Kết quả'],
      rows: [
        ['Giai đoạn 1: Khảo sát hiện trạng', '15/10/2019', 'Đạt'],
        ['Giai đoạn 2: Triển khai phần mềm', '20/10/2019', 'Đạt'],
      ],
      // Word's column proportions (width:59.0%, 24.0%, 17.0%) and its centred body cells.
      widths: [59, 24, 17],
      align: ['left', 'center', 'center'],
    });
    expect(JSON.stringify(blocks[6])).not.toMatch(/CCCCCC|EEEEEE|00B050|Arial/u);
  });
});

describe('a pasted table\'s column widths and alignment', () => {
  const table = (rows: string) => blocksFromHtml(`<table>${rows}</table>`, STATE)[0];
  const cell = (attrs: string, text: string) => `<td ${attrs}>${text}</td>`;

  it('reads widths from the cells\' style in pt, or their width attribute in pixels', () => {
    expect(table(`<tr>${cell("style='width:225.4pt'", 'A')}${cell("style='width:112.7pt'", 'B')}</tr><tr><td>1</td><td>2</td></tr>`)).toMatchObject({ widths: [225.4, 112.7] });
    expect(table(`<tr>${cell('width=300', 'A')}${cell('width=100', 'B')}</tr><tr><td>1</td><td>2</td></tr>`)).toMatchObject({ widths: [225, 75] });
  });

  it('keeps equal columns equal and drops widths it cannot map to columns: equal, missing, mixed units, merged cells', () => {
    const none = (rows: string) => expect(table(rows)).not.toHaveProperty('widths');
    none(`<tr>${cell("style='width:225.4pt'", 'A')}${cell("style='width:225.4pt'", 'B')}</tr>`);
    none(`<tr>${cell("style='width:225.4pt'", 'A')}<td>B</td></tr>`);
    none(`<tr>${cell("style='width:60%'", 'A')}${cell("style='width:100pt'", 'B')}</tr>`);
    none(`<tr>${cell("colspan=2 style='width:60%'", 'A')}${cell("style='width:40%'", 'B')}</tr><tr><td>1</td><td>2</td><td>3</td></tr>`);
  });

  it('takes a column\'s alignment from its body cells (the cell or its paragraph) when they agree, the header aside', () => {
    const rows = [
      `<tr>${cell("align=center", 'Tên')}${cell('', 'Số')}${cell('', 'Ghi chú')}</tr>`,
      `<tr><td><p>Sở Nội vụ</p></td><td><p align=right style='text-align:right'>1.234</p></td><td style='text-align:center'>x</td></tr>`,
      `<tr><td><p>Sở Tài chính</p></td><td><p class=MsoNormal align=right>56</p></td><td><p align=right>y</p></td></tr>`,
      `<tr><td></td><td></td><td></td></tr>`,
    ].join('');
    expect(table(rows)).toMatchObject({ align: ['left', 'right', 'left'] });
    expect(table(`<tr><th>A</th></tr><tr><td>1</td></tr>`)).not.toHaveProperty('align');
  });
});

describe('paste from a web page, LibreOffice and plain text', () => {
  it('reads HTML lists, headings and Google Docs\' <b style="font-weight:normal"> wrapper', () => {
    const html = '<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1"><h2>Kết quả</h2><p><span style="font-weight:700">Đậm</span> thường <span style="font-style:italic;color:#f00">nghiêng</span></p><ul><li>Một</li><li>Hai<ul><li>Hai một</li></ul></li></ul></b>';
    expect(blocksFromHtml(html, STATE)).toEqual([
      { type: 'heading', level: 1, title: 'Kết quả' },
      { type: 'paragraph', text: 'Đậm thường nghiêng', marks: [{ from: 0, to: 3, type: 'bold' }, { from: 11, to: 18, type: 'italic' }] },
      { type: 'list', marker: '-', items: ['Một', 'Hai'] },
      { type: 'list', marker: '+', items: ['Hai một'] },
    ]);
  });

  it('reads LibreOffice paragraphs with <font> and <span lang> as paragraphs', () => {
    const html = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta name="generator" content="LibreOffice 7.4"/><style>p { line-height: 115%; margin-bottom: 0.25cm }</style></head><body lang="vi-VN" dir="ltr"><p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt"><b>a) Về tổ chức:</b> Sở Nội vụ chủ trì.</font></font></p><p style="line-height: 100%; margin-bottom: 0cm"><font face="Times New Roman, serif"><u>Gạch chân</u> hết.</font></p></body></html>';
    expect(blocksFromHtml(html, STATE)).toEqual([
      { type: 'heading', level: 3, title: 'Về tổ chức:', text: 'Sở Nội vụ chủ trì.' },
      { type: 'paragraph', text: 'Gạch chân hết.', marks: [{ from: 0, to: 9, type: 'underline' }] },
    ]);
  });

  it('reads plain text as the import reads a body', () => {
    expect(blocksFromText('I. Tình hình\n- Một việc\n- Hai việc\nĐoạn văn.', STATE)).toEqual([
      { type: 'heading', level: 1, title: 'Tình hình' },
      { type: 'list', marker: '-', items: ['Một việc', 'Hai việc'] },
      { type: 'paragraph', text: 'Đoạn văn.' },
    ]);
  });
});

describe('a whole document on the clipboard', () => {
  it('is told apart from a piece of content: header and Nơi nhận', () => {
    // Seed 001 has its Quốc hiệu; seed 002's copy lost it but kept the "Số: 134 /TB-VP" line.
    expect(looksLikeWholeDocument(seed('001'))).toBe(true);
    expect(looksLikeWholeDocument(seed('002'))).toBe(true);
    expect(looksLikeWholeDocument(clipboardText(WORD, null))).toBe(false);
    expect(looksLikeWholeDocument('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM là tên nước.')).toBe(false);
  });
});
