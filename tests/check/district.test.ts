import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, find, run } from './helpers';

const AFTER = '2025-08-15';

describe('district level (ended 01/07/2025)', () => {
  it('a district issuer after the date is an error', () => {
    const doc = makePartyDoc({ date: AFTER, issuer: { parent: 'ĐẢNG BỘ TỈNH HÀ GIANG', name: 'HUYỆN UỶ ĐỒNG VĂN' }, number: { value: 5, issuerCode: 'HU' } });
    const findings = run(doc);
    const f = expectOne(findings, 'district.issuer', 'issuer.name');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('01/07/2025');
    expect(f.message.vi).toContain('15/08/2025');
    expectOne(findings, 'district.issuer', 'number.issuerCode');
    // Before the date it was a normal issuer.
    expectNone(run(makePartyDoc({ date: '2025-06-30', issuer: { name: 'HUYỆN ỦY ĐỒNG VĂN' }, number: { value: 5, issuerCode: 'HU' } })), 'district.issuer');
  });

  it('a State issuer under a district People\'s Committee', () => {
    const findings = run(makeDoc({ date: AFTER, issuer: { parent: 'UBND HUYỆN CHÂU THÀNH', name: 'PHÒNG TÀI CHÍNH - KẾ HOẠCH' } }));
    expectOne(findings, 'district.issuer', 'issuer.parent');
    expectOne(run(makeDoc({ date: AFTER, issuer: { name: 'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH' } })), 'district.issuer', 'issuer.name');
    expectOne(run(makeDoc({ date: AFTER, issuer: { name: 'THỊ ỦY HƯƠNG THỦY' } })), 'district.issuer', 'issuer.name');
    expectNone(run(makeDoc({ date: AFTER })), 'district.issuer');
    // "Quân ủy" (military) is not "quận ủy".
    expectNone(run(makePartyDoc({ date: AFTER, issuer: { name: 'QUÂN ỦY TRUNG ƯƠNG' }, number: { value: 5, issuerCode: 'QUTW' } })), 'district.issuer');
  });

  it('a district place or recipient is a warning', () => {
    const doc = makeDoc({
      date: AFTER,
      place: 'huyện Châu Thành',
      addressees: ['UBND các huyện, thành phố'],
      recipients: { entries: ['Như trên', 'Huyện ủy Châu Thành', 'UBND huyện Châu Thành'], archive: 'VT, TH' },
    });
    const findings = run(doc);
    expect(expectOne(findings, 'district.place', 'place').severity).toBe('warning');
    expect(expectOne(findings, 'district.recipient', 'recipients.entries.1').severity).toBe('warning');
    expectOne(findings, 'district.recipient', 'recipients.entries.2');
    expectOne(findings, 'district.recipient', 'addressees.0');
    expect(find(findings, 'district.recipient', 'recipients.entries.0')).toEqual([]);
    expectNone(run(makeDoc({ date: '2025-06-30', place: 'huyện Châu Thành', recipients: { entries: ['UBND huyện Châu Thành'], archive: 'VT' } })), 'district.recipient');
    expectNone(run(makeDoc({ date: AFTER })), 'district.place');
  });

  it('the fixtures, moved after the date, are clean', () => {
    expectNone(run(makeDoc({ date: AFTER, place: 'An Giang' })), 'district.place');
    for (const doc of [makeDoc({ date: AFTER }), makePartyDoc({ date: AFTER })]) {
      for (const code of ['district.issuer', 'district.place', 'district.recipient']) expectNone(run(doc), code);
    }
  });
});

describe('HD05 issuer abbreviations', () => {
  it('ĐUK on a document under HD05', () => {
    const f = expectOne(run(makePartyDoc({ date: '2026-06-01', issuer: { name: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH' }, number: { value: 5, issuerCode: 'ĐUK' } })), 'number.issuer-code-hd05', 'number.issuerCode');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('«ĐU»');
    expectNone(run(makePartyDoc({ date: '2026-05-26', number: { value: 5, issuerCode: 'ĐUK' } })), 'number.issuer-code-hd05');
    expectNone(run(makePartyDoc({ date: '2026-06-01', number: { value: 5, issuerCode: 'ĐU' } })), 'number.issuer-code-hd05');
  });

  it('HU under HD05: the district error says it once; an HD05 profile on an older date warns', () => {
    const after = run(makePartyDoc({ date: '2026-06-01', number: { value: 5, issuerCode: 'HU' } }));
    expectOne(after, 'district.issuer', 'number.issuerCode');
    expectNone(after, 'number.issuer-code-hd05');
    const chosen = run(makePartyDoc({ standard: { family: 'party', profile: 'party-hd05' }, date: '2024-03-01', number: { value: 5, issuerCode: 'QU' } }));
    expectOne(chosen, 'number.issuer-code-hd05');
    expectNone(chosen, 'district.issuer');
  });
});
