import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

describe('body', () => {
  it('a heading with neither title nor text', () => {
    const doc = makeDoc({ body: [{ type: 'paragraph', text: 'Mở đầu.' }, { type: 'heading', level: 1, title: ' ', text: '' }] });
    const f = expectOne(run(doc), 'body.heading-empty', 'body.1.title');
    expect(f.severity).toBe('error');
    // A numbered point with text only is a plain numbered paragraph: fine.
    expectNone(run(makeDoc({ body: [{ type: 'heading', level: 2, title: '', text: 'Các sở, ngành thực hiện.' }] })), 'body.heading-empty');
    expectNone(run(makeDoc()), 'body.heading-empty');
  });

  it('heading levels that skip', () => {
    const doc = makePartyDoc({
      body: [
        { type: 'heading', level: 1, title: 'Đánh giá' },
        { type: 'heading', level: 3, title: 'Về hạ tầng' },
        { type: 'heading', level: 2, title: 'Về nhân lực' },
        { type: 'heading', level: 4, title: 'Đào tạo' },
      ],
    });
    const findings = run(doc);
    const f = expectOne(findings, 'body.heading-skip', 'body.1.level');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('cấp 2');
    expectOne(findings, 'body.heading-skip', 'body.3.level');
    // A body may open straight with numbered points (level 2), and may climb back up.
    expectNone(run(makeDoc({ body: [{ type: 'heading', level: 2, title: 'Một' }, { type: 'heading', level: 3, title: 'a' }, { type: 'heading', level: 1, title: 'II' }] })), 'body.heading-skip');
    expectOne(run(makeDoc({ body: [{ type: 'heading', level: 3, title: 'a' }] })), 'body.heading-skip', 'body.0.level');
    expectNone(run(makeDoc()), 'body.heading-skip');
  });

  it('applies to appendix bodies too', () => {
    const doc = makeDoc({ appendices: [{ title: 'BIỂU SỐ LIỆU', body: [{ type: 'heading', level: 1, title: '' }, { type: 'heading', level: 3, title: 'x' }] }] });
    const findings = run(doc);
    expectOne(findings, 'body.heading-empty', 'appendices.0.body.0.title');
    expectOne(findings, 'body.heading-skip', 'appendices.0.body.1.level');
  });
});

describe('trích yếu', () => {
  it('a Party summary starting with a capital', () => {
    const f = expectOne(run(makePartyDoc({ title: { summary: 'Về việc đẩy mạnh ứng dụng công nghệ thông tin' } })), 'summary.party-case', 'title.summary');
    expect(f.severity).toBe('warning');
    // The rule book lowers the usual opening word itself, and the message says so.
    expect(f.message.vi).toContain('Vanban sẽ in thành «về việc');
    const other = expectOne(run(makePartyDoc({ title: { summary: 'Nâng cao chất lượng sinh hoạt chi bộ' } })), 'summary.party-case');
    expect(other.message.vi).toContain('Hãy viết thường');
    expectNone(run(makePartyDoc()), 'summary.party-case');
    expectNone(run(makePartyDoc({ title: { summary: 'kết quả đại hội chi bộ nhiệm kỳ 2025 - 2030' } })), 'summary.party-case');
    expectNone(run(makePartyDoc({ title: { summary: '«Năm dân vận khéo»' } })), 'summary.party-case');
  });

  it('a State summary starting lower-case', () => {
    const f = expectOne(run(makeDoc({ title: { summary: 'ý kiến kết luận của Phó Chủ tịch UBND tỉnh' } })), 'summary.state-case', 'title.summary');
    expect(f.severity).toBe('warning');
    expectNone(run(makeDoc()), 'summary.state-case');
    expectNone(run(makeDoc({ kind: 'cong-van', title: { summary: 'V/v triển khai nhiệm vụ năm 2019' } })), 'summary.state-case');
  });
});

describe('appendix', () => {
  it('an appendix without a title', () => {
    const doc = makeDoc({ appendices: [{ title: 'BIỂU TỔNG HỢP', body: [] }, { title: '  ', body: [] }] });
    const f = expectOne(run(doc), 'appendix.title-missing', 'appendices.1.title');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('Phụ lục thứ 2');
    expectNone(run(makeDoc({ appendices: [{ title: 'BIỂU TỔNG HỢP', body: [] }] })), 'appendix.title-missing');
  });
});
