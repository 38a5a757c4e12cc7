import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

describe('date', () => {
  it('a date after today', () => {
    const f = expectOne(run(makeDoc({ date: '2019-02-14' }), '2019-02-13'), 'date.future', 'date');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('14/02/2019');
    expect(f.message.vi).toContain('13/02/2019');
    expectNone(run(makeDoc({ date: '2019-02-13' }), '2019-02-13'), 'date.future');
  });

  it('defaults to today', async () => {
    const { check } = await import('../../src/check');
    expect(check(makeDoc({ date: '2100-01-01' })).map((f) => f.code)).toContain('date.future');
    expect(check(makeDoc()).map((f) => f.code)).not.toContain('date.future');
  });
});

describe('Nơi nhận', () => {
  it('no "Lưu" line', () => {
    const f = expectOne(run(makeDoc({ recipients: { entries: ['Như trên'], archive: '  ' } })), 'recipients.archive-missing', 'recipients.archive');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('Lưu: VT');
    // "Lưu:" alone is still no archive.
    expectOne(run(makeDoc({ recipients: { entries: ['Như trên'], archive: 'Lưu:' } })), 'recipients.archive-missing');
    expect(expectOne(run(makePartyDoc({ recipients: { entries: ['Như trên'], archive: '' } })), 'recipients.archive-missing').message.vi).toContain('Lưu Văn phòng Tỉnh ủy');
    expectNone(run(makeDoc()), 'recipients.archive-missing');
  });

  it('an entry typed with its own end mark', () => {
    const doc = makeDoc({ recipients: { entries: ['Như trên,', 'Sở Tài chính;', 'CT, các PCT UBND tỉnh.'], archive: 'VT, TH' } });
    const findings = run(doc);
    const f = expectOne(findings, 'recipients.entry-punctuation', 'recipients.entries.0');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('«;»');
    // ";" is what the State book prints there anyway.
    expectNone(findings.filter((x) => x.path === 'recipients.entries.1'), 'recipients.entry-punctuation');
    expectOne(findings, 'recipients.entry-punctuation', 'recipients.entries.2');
    expectNone(run(makeDoc()), 'recipients.entry-punctuation');
  });

  it('the separator depends on the rule book and on the last line', () => {
    // HD36 separates with ","; the typed ";" will be replaced.
    const hd36 = makePartyDoc({ recipients: { entries: ['Các đ/c Tỉnh ủy viên;'], archive: 'Văn phòng Tỉnh ủy' } });
    expect(expectOne(run(hd36), 'recipients.entry-punctuation').message.vi).toContain('«,»');
    // HD05 separates with ";".
    const hd05 = makePartyDoc({ date: '2026-06-01', recipients: { entries: ['Các đ/c Tỉnh ủy viên;'], archive: 'Văn phòng Tỉnh ủy' } });
    expectNone(run(hd05), 'recipients.entry-punctuation');
    // With no archive the last entry ends the list with ".".
    const last = makeDoc({ recipients: { entries: ['Như trên.'], archive: '' } });
    expectNone(run(last), 'recipients.entry-punctuation');
  });

  it('a State archive that does not start with VT', () => {
    const f = expectOne(run(makeDoc({ recipients: { entries: ['Như trên'], archive: 'TH (2)' } })), 'recipients.archive-vt', 'recipients.archive');
    expect(f.severity).toBe('warning');
    expect(f.basis).toContain('NĐ 30/2020');
    expectNone(run(makeDoc({ recipients: { entries: ['Như trên'], archive: 'Lưu: VT, TH (2).' } })), 'recipients.archive-vt');
    expectNone(run(makeDoc()), 'recipients.archive-vt');
    // Not a Party rule.
    expectNone(run(makePartyDoc()), 'recipients.archive-vt');
  });

  it('a Party archive written the State way', () => {
    const f = expectOne(run(makePartyDoc({ recipients: { entries: ['Như trên'], archive: 'VT, VPTU' } })), 'recipients.archive-party-vt');
    expect(f.severity).toBe('warning');
    expectNone(run(makePartyDoc()), 'recipients.archive-party-vt');
  });
});
