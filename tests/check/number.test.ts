import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

describe('number and symbol', () => {
  it('a type code of another kind', () => {
    const f = expectOne(run(makePartyDoc({ number: { value: 13, typeCode: 'TB', issuerCode: 'TU' } })), 'number.type-mismatch', 'number.typeCode');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('«CT»');
    expect(f.message.en).toContain('«CT»');
    expectNone(run(makePartyDoc({ number: { value: 13, typeCode: 'CT', issuerCode: 'TU' } })), 'number.type-mismatch');
    expectNone(run(makePartyDoc()), 'number.type-mismatch');
  });

  it('KL on a Thông báo kết luận is explained', () => {
    const f = expectOne(run(makeDoc({ number: { value: 134, typeCode: 'KL', issuerCode: 'VP' } })), 'number.type-mismatch');
    expect(f.message.vi).toContain('Thông báo kết luận là một Thông báo');
    expectNone(run(makeDoc({ number: { value: 134, typeCode: 'TB', issuerCode: 'VP' } })), 'number.type-mismatch');
  });

  it('a State công văn carries no type code', () => {
    const f = expectOne(run(makeDoc({ kind: 'cong-van', number: { value: 5, typeCode: 'CV', issuerCode: 'BNV-VP' } })), 'number.type-mismatch');
    expect(f.message.vi).toContain('Số: 05/BNV-VP');
    expectNone(run(makeDoc({ kind: 'cong-van', number: { value: 5, issuerCode: 'BNV-VP' } })), 'number.type-mismatch');
    // The Party công văn does: CV.
    expectNone(run(makePartyDoc({ kind: 'cong-van', number: { value: 5, typeCode: 'CV', issuerCode: 'VPTU' } })), 'number.type-mismatch');
  });

  it('the right letters in the wrong case', () => {
    const f = expectOne(run(makeDoc({ kind: 'to-trinh', number: { value: 5, typeCode: 'TTR', issuerCode: 'VP' } })), 'number.type-case');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('«TTr»');
    expectNone(run(makeDoc({ kind: 'to-trinh', number: { value: 5, typeCode: 'TTr', issuerCode: 'VP' } })), 'number.type-case');
  });

  it('a Party symbol typed in State form into the issuer code', () => {
    const doc = makePartyDoc({ number: { value: 13, issuerCode: 'CT/TU' } });
    const f = expectOne(run(doc), 'number.symbol-chars', 'number.issuerCode');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('Số 13-CT/TU');
    expect(f.message.vi).toContain('Số: 134/TB-VP');
    expect(f.message.vi).toContain('dấu gạch chéo');
    expect(f.message.en).toContain('a slash');
    // It says what would be printed as typed.
    expect(f.message.vi).toContain('Số 13-CT/CT/TU');
    expectNone(run(makePartyDoc()), 'number.symbol-chars');
  });

  it('spaces, colons and stray hyphens in the codes', () => {
    expectOne(run(makeDoc({ number: { value: 134, issuerCode: 'V P' } })), 'number.symbol-chars', 'number.issuerCode');
    expectOne(run(makeDoc({ number: { value: 134, issuerCode: 'VP:' } })), 'number.symbol-chars', 'number.issuerCode');
    expectOne(run(makeDoc({ number: { value: 134, issuerCode: '-VP' } })), 'number.symbol-chars', 'number.issuerCode');
    expectOne(run(makeDoc({ number: { value: 134, issuerCode: 'VP.' } })), 'number.symbol-chars', 'number.issuerCode');
    const t = expectOne(run(makeDoc({ number: { value: 134, typeCode: 'TB-', issuerCode: 'VP' } })), 'number.symbol-chars', 'number.typeCode');
    expect(t.message.vi).toContain('dấu gạch nối');
    // Joint issuers and a State công văn's unit are joined by single hyphens: valid.
    expectNone(run(makePartyDoc({ kind: 'ke-hoach', number: { value: 5, issuerCode: 'BTCTU-BNCTU' } })), 'number.symbol-chars');
    expectNone(run(makeDoc({ kind: 'cong-van', number: { value: 12, issuerCode: 'UBND-VX' } })), 'number.symbol-chars');
    expectNone(run(makeDoc({ kind: 'quyet-dinh', number: { value: 12, typeCode: 'QĐ', issuerCode: 'UBND' } })), 'number.symbol-chars');
  });

  it('a type code typed again in the issuer code', () => {
    const f = expectOne(run(makeDoc({ number: { value: 134, issuerCode: 'TB-VP' } })), 'number.type-in-issuer', 'number.issuerCode');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('«VP»');
    expect(f.message.vi).toContain('TB-TB-VP');
    expectNone(run(makeDoc()), 'number.type-in-issuer');
    expectNone(run(makeDoc({ kind: 'cong-van', number: { value: 12, issuerCode: 'UBND-VX' } })), 'number.type-in-issuer');
  });

  it('an issuer code that is only spaces', () => {
    const f = expectOne(run(makeDoc({ number: { value: 134, issuerCode: '  ' } })), 'number.issuer-code-missing', 'number.issuerCode');
    expect(f.severity).toBe('error');
    expectNone(run(makeDoc()), 'number.issuer-code-missing');
  });

  it('not numbered yet', () => {
    const f = expectOne(run(makeDoc({ number: { value: null, issuerCode: 'VP' } })), 'number.not-numbered', 'number.value');
    expect(f.severity).toBe('warning');
    expectNone(run(makeDoc()), 'number.not-numbered');
  });
});
