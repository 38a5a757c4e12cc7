import { describe, it } from 'vitest';
import { makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

describe('who may issue a Chỉ thị (QĐ 399-QĐ/TW Điều 11)', () => {
  it('warns on a Chỉ thị of a đảng ủy xã or a chi bộ dated under QĐ 399', () => {
    expectOne(run(makePartyDoc({ date: '2026-08-01', issuer: { parent: 'ĐẢNG BỘ TỈNH AN GIANG', name: 'ĐẢNG ỦY XÃ MỸ HÒA' } })), 'authority.grassroots-chi-thi', 'kind');
    expectOne(run(makePartyDoc({ date: '2026-08-01', issuer: { name: 'Chi bộ Phòng Hành chính' } })), 'authority.grassroots-chi-thi', 'kind');
  });
  it('says nothing for a Tỉnh ủy, for another kind, or before QĐ 399', () => {
    expectNone(run(makePartyDoc({ date: '2026-08-01' })), 'authority.grassroots-chi-thi');
    expectNone(run(makePartyDoc({ date: '2026-08-01', kind: 'thong-bao-ket-luan', issuer: { name: 'ĐẢNG ỦY XÃ MỸ HÒA' } })), 'authority.grassroots-chi-thi');
    expectNone(run(makePartyDoc({ date: '2025-12-01', issuer: { name: 'ĐẢNG ỦY XÃ MỸ HÒA' } })), 'authority.grassroots-chi-thi');
  });
});
