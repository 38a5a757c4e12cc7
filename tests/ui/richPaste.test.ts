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

  it('keeps the table a table, its first row the header', () => {
    expect(blocks[6]).toEqual({ type: 'table', header: ['Đơn vị', 'Số hồ sơ'], rows: [['Sở Nội vụ', '1.234']] });
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
