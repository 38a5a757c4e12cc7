// Drafts for signing: what is still to fill in (a blank number, day, month) is a warning; template
// text "[…]" left in any field is an error at that field's path.
import { describe, expect, it } from 'vitest';
import { CODES, checkNumberText } from '../../src/check';
import { PROFILES } from '../../src/standards';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { errors, expectNone, expectOne, find, run } from './helpers';

describe('still to fill in', () => {
  it('a blank day, or day and month', () => {
    const day = expectOne(run(makeDoc({ date: '2026-06-15', dateBlank: 'day' })), 'date.to-fill', 'date');
    expect(day.severity).toBe('warning');
    expect(day.message.vi).toMatch(/^Còn phải điền: ngày ban hành/u);
    expect(day.message.en).toMatch(/^Still to fill in: the day/u);
    expect(day.basis).toContain('NĐ 30/2020/NĐ-CP Phụ lục I, II.4.b');
    const both = expectOne(run(makePartyDoc({ date: '2026-06-15', dateBlank: 'dayMonth' })), 'date.to-fill', 'date');
    expect(both.message.vi).toContain('ngày và tháng');
    expect(both.message.en).toContain('the day and the month');
    expect(both.basis).toContain('HD 05-HD/VPTW');
    expectNone(run(makeDoc({ date: '2026-06-15' })), 'date.to-fill');
  });

  it('a blank number', () => {
    const f = expectOne(run(makePartyDoc({ number: { value: null, issuerCode: 'TU' } })), 'number.not-numbered', 'number.value');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toMatch(/^Còn phải điền: số/u);
    expect(f.message.en).toMatch(/^Still to fill in: the number/u);
  });

  it('a blank number typed in the wrong form is suggested with the space the book leaves', () => {
    const fill = PROFILES['state-nd30'].header.fillIn;
    expect(checkNumberText('Số   /TB-VP', 'state')[0]?.suggestion).toBe(`Số:${fill}/TB-VP`);
    expect(checkNumberText('Số:   -CT/TU', 'party')[0]?.suggestion).toBe(`Số${PROFILES['party-hd05'].header.fillIn}-CT/TU`);
    expect(checkNumberText('Số 5/TB-VP', 'state')[0]?.suggestion).toBe('Số: 05/TB-VP');
  });

  it('a blank date is in the future only by what is printed', () => {
    // Day blank in the current month: not in the future, whatever day the model holds.
    expectNone(run(makeDoc({ date: '2026-06-30', dateBlank: 'day' }), '2026-06-02'), 'date.future');
    expectOne(run(makeDoc({ date: '2026-07-01', dateBlank: 'day' }), '2026-06-30'), 'date.future');
    expectNone(run(makeDoc({ date: '2026-12-31', dateBlank: 'dayMonth' }), '2026-01-01'), 'date.future');
    expectOne(run(makeDoc({ date: '2027-01-01', dateBlank: 'dayMonth' }), '2026-12-31'), 'date.future');
    expectOne(run(makeDoc({ date: '2026-06-30' }), '2026-06-02'), 'date.future');
  });
});

describe('template text not filled in', () => {
  it('is an error at the path of each field that holds some', () => {
    const doc = makeDoc({
      title: { summary: 'Kết luận tại cuộc họp về [nội dung cuộc họp]' },
      body: [
        { type: 'paragraph', text: 'Ngày [ngày] tháng [tháng] năm 2026, họp về […].' },
        { type: 'heading', level: 1, title: 'Đánh giá chung' },
        { type: 'list', marker: '-', items: ['Một việc', '[...]'] },
        { type: 'table', header: ['Chỉ tiêu', 'Kết quả'], rows: [['Thu ngân sách', '[số liệu]']] },
      ],
      recipients: { entries: ['[cơ quan, đơn vị]'], archive: 'VT, TH' },
      signature: { authority: 'ky-thay', on: 'CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: '[họ và tên]' },
      appendices: [{ title: 'DANH SÁCH', body: [{ type: 'paragraph', text: 'Kèm theo [nội dung].' }] }],
    });
    const found = run(doc);
    const hits = find(found, 'text.placeholder');
    expect(hits.map((f) => f.path).sort()).toEqual([
      'appendices.0.body.0.text',
      'body.0.text',
      'body.2.items.1',
      'body.3.rows.0.1',
      'recipients.entries.0',
      'signature.name',
      'title.summary',
    ]);
    const f = expectOne(found, 'text.placeholder', 'body.0.text');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toBe('Còn nội dung mẫu chưa điền: «[ngày]» và 2 chỗ khác. Thay bằng nội dung của văn bản trước khi trình ký.');
    expect(f.message.en).toMatch(/^Template text not filled in: «\[ngày\]» and 2 more\./u);
    expect(f.basis).toContain('NĐ 30/2020/NĐ-CP');
    expect(CODES['text.placeholder']).toBe('error');
  });

  it('a reference in brackets and plain text are not template text', () => {
    const doc = makeDoc({ body: [{ type: 'paragraph', text: 'Theo số liệu [1] và [2], kết quả đạt 95%.' }] });
    expectNone(run(doc), 'text.placeholder');
    expect(errors(run(makeDoc()))).toEqual([]);
    expect(errors(run(makePartyDoc()))).toEqual([]);
  });
});
