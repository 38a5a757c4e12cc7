import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

const state = makeDoc();
const party = makePartyDoc();

describe('required parts', () => {
  it('issuer name that is only spaces', () => {
    const f = expectOne(run(makeDoc({ issuer: { parent: 'UBND TỈNH KIÊN GIANG', name: '   ' } })), 'issuer.missing', 'issuer.name');
    expect(f.severity).toBe('error');
    expect(f.basis).toContain('II.2');
    expectNone(run(state), 'issuer.missing');
  });

  it('place that is only spaces', () => {
    expect(expectOne(run(makeDoc({ place: ' ' })), 'place.missing', 'place').severity).toBe('error');
    expectNone(run(state), 'place.missing');
  });

  it('summary missing under a tên loại, but not on a công văn', () => {
    const f = expectOne(run(makeDoc({ title: { summary: '  ' } })), 'summary.missing', 'title.summary');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('THÔNG BÁO');
    expectNone(run(makeDoc({ kind: 'cong-van', title: { summary: '' } })), 'summary.missing');
    // A công văn given its own tên loại has one to summarise.
    expectOne(run(makeDoc({ kind: 'cong-van', title: { typeName: 'Thông báo', summary: '' } })), 'summary.missing');
    expectNone(run(state), 'summary.missing');
  });

  it('body with no blocks, or only empty ones', () => {
    expect(expectOne(run(makeDoc({ body: [] })), 'body.empty', 'body').severity).toBe('error');
    expectOne(run(makeDoc({ body: [{ type: 'paragraph', text: '  ' }, { type: 'list', marker: '-', items: [''] }] })), 'body.empty');
    expectNone(run(makeDoc({ body: [{ type: 'table', header: ['Chỉ tiêu'], rows: [] }] })), 'body.empty');
    expectNone(run(state), 'body.empty');
  });

  it('signer name', () => {
    const f = expectOne(run(makeDoc({ signature: { ...state.signature, name: ' ' } })), 'signature.name-missing', 'signature.name');
    expect(f.severity).toBe('error');
    expectNone(run(state), 'signature.name-missing');
  });

  it('signer position when a signing form is chosen', () => {
    const f = expectOne(run(makeDoc({ signature: { ...state.signature, position: '' } })), 'signature.position-missing', 'signature.position');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('KT. CHÁNH VĂN PHÒNG');
    expect(expectOne(run(makePartyDoc({ signature: { ...party.signature, position: undefined } })), 'signature.position-missing').message.vi).toContain('T/M BAN THƯỜNG VỤ');
    // The head signing alone ("CHÁNH VĂN PHÒNG" typed as the title line) needs no second line.
    expectNone(run(makeDoc({ signature: { authority: 'none', on: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn A' } })), 'signature.position-missing');
    // …but something must say who signs.
    expectOne(run(makeDoc({ signature: { authority: 'none', name: 'Nguyễn Văn A' } })), 'signature.position-missing');
    // "Q. CHÁNH VĂN PHÒNG" is complete; T/M BỘ CHÍNH TRỊ has no position line (HD05).
    expectNone(run(makeDoc({ signature: { authority: 'quyen', on: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn A' } })), 'signature.position-missing');
    expectNone(run(makePartyDoc({ signature: { authority: 'thay-mat', on: 'BỘ CHÍNH TRỊ', name: 'Nguyễn Văn A' } })), 'signature.position-missing');
    expectNone(run(state), 'signature.position-missing');
    expectNone(run(party), 'signature.position-missing');
  });

  it('a signing form with nobody to sign for', () => {
    const f = expectOne(run(makeDoc({ signature: { ...state.signature, on: ' ' } })), 'signature.on-missing', 'signature.on');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('KT.');
    expectNone(run(state), 'signature.on-missing');
    expectNone(run(makeDoc({ signature: { authority: 'none', position: 'CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.on-missing');
  });

  it('recipients with no entry and no archive', () => {
    const findings = run(makeDoc({ recipients: { entries: [' '], archive: '' } }));
    expect(expectOne(findings, 'recipients.empty', 'recipients').severity).toBe('error');
    // Said once: the missing "Lưu" line is part of it.
    expectNone(findings, 'recipients.archive-missing');
    expectNone(run(makeDoc({ recipients: { entries: [], archive: 'VT' } })), 'recipients.empty');
    expectNone(run(state), 'recipients.empty');
  });
});
