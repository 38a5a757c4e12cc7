import { describe, expect, it } from 'vitest';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { expectNone, expectOne, run } from './helpers';

const HD05 = '2026-06-01';

describe('signature', () => {
  it('T/UQ on a Party document', () => {
    const f = expectOne(run(makePartyDoc({ signature: { authority: 'thua-uy-quyen', on: 'BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.party-tuq', 'signature.authority');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('T/L');
    expectNone(run(makeDoc({ signature: { authority: 'thua-uy-quyen', on: 'CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.party-tuq');
    expectNone(run(makePartyDoc()), 'signature.party-tuq');
  });

  it('a State signing form typed on a Party document', () => {
    const doc = makePartyDoc({ signature: { authority: 'none', on: 'TL. BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG', name: 'A' } });
    const f = expectOne(run(doc), 'signature.foreign-prefix', 'signature.on');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('«T/L»');
    expect(f.message.vi).toContain('Thừa lệnh');
    for (const on of ['TM. BAN THƯỜNG VỤ', 'KT. TRƯỞNG BAN', 'kt. trưởng ban']) {
      expectOne(run(makePartyDoc({ signature: { authority: 'none', on, position: 'X', name: 'A' } })), 'signature.foreign-prefix');
    }
    expectNone(run(makePartyDoc()), 'signature.foreign-prefix');
  });

  it('a Party signing form typed on a State document', () => {
    for (const position of ['T/M ỦY BAN NHÂN DÂN', 'T/L CHỦ TỊCH', 'K/T CHỦ TỊCH', 'T / L CHỦ TỊCH']) {
      const f = expectOne(run(makeDoc({ signature: { authority: 'none', on: 'CHỦ TỊCH', position, name: 'A' } })), 'signature.foreign-prefix', 'signature.position');
      expect(f.severity).toBe('error');
    }
    expectNone(run(makeDoc()), 'signature.foreign-prefix');
    // Words that merely start with the same letters are not forms.
    expectNone(run(makeDoc({ signature: { authority: 'none', on: 'TỔNG THƯ KÝ', name: 'A' } })), 'signature.foreign-prefix');
  });

  it('the chosen form typed again', () => {
    const f = expectOne(run(makeDoc({ signature: { authority: 'ky-thay', on: 'KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.prefix-doubled', 'signature.on');
    expect(f.severity).toBe('error');
    expectNone(run(makeDoc()), 'signature.prefix-doubled');
    const typed = expectOne(run(makeDoc({ signature: { authority: 'none', on: 'KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.prefix-typed', 'signature.on');
    expect(typed.severity).toBe('warning');
    expectNone(run(makeDoc({ signature: { authority: 'none', on: 'CHÁNH VĂN PHÒNG', name: 'A' } })), 'signature.prefix-typed');
  });

  it('T/M for a body HD05 no longer lets sign T/M', () => {
    for (const on of ['ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH', 'BAN CÁN SỰ ĐẢNG UBND TỈNH', 'ỦY BAN NHÂN DÂN']) {
      const f = expectOne(run(makePartyDoc({ date: HD05, signature: { authority: 'thay-mat', on, position: 'BÍ THƯ', name: 'A' } })), 'signature.tm-scope', 'signature.on');
      expect(f.severity).toBe('warning');
    }
    for (const on of ['BAN THƯỜNG VỤ', 'TỈNH UỶ', 'ĐẢNG ỦY XÃ PHÚ QUÝ', 'ỦY BAN KIỂM TRA', 'ĐOÀN CHỦ TỊCH', 'CHI BỘ', 'HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG']) {
      expectNone(run(makePartyDoc({ date: HD05, signature: { authority: 'thay-mat', on, position: 'BÍ THƯ', name: 'A' } })), 'signature.tm-scope');
    }
    // HD36 still listed đảng đoàn and ban cán sự đảng.
    expectNone(run(makePartyDoc({ signature: { authority: 'thay-mat', on: 'ĐẢNG ĐOÀN', position: 'BÍ THƯ', name: 'A' } })), 'signature.tm-scope');
  });

  it('a Party position with the body name appended', () => {
    const f = expectOne(run(makePartyDoc({ signature: { authority: 'thay-mat', on: 'TỈNH ỦY', position: 'PHÓ BÍ THƯ TỈNH ỦY', name: 'A' } })), 'signature.position-body-name', 'signature.position');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('«PHÓ BÍ THƯ»');
    expectOne(run(makePartyDoc({ signature: { authority: 'thay-mat', on: 'ỦY BAN KIỂM TRA', position: 'Chủ nhiệm Ủy ban Kiểm tra', name: 'A' } })), 'signature.position-body-name');
    expectNone(run(makePartyDoc()), 'signature.position-body-name');
    expectNone(run(makePartyDoc({ signature: { authority: 'thay-mat', on: 'TỈNH ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'A' } })), 'signature.position-body-name');
    expectNone(run(makePartyDoc({ signature: { authority: 'none', position: 'PHÓ BÍ THƯ TỈNH ỦY\nkiêm\nTRƯỞNG BAN CHỈ ĐẠO', name: 'A' } })), 'signature.position-body-name');
    // The State names positions its own way.
    expectNone(run(makeDoc({ signature: { authority: 'none', on: 'BÍ THƯ ĐOÀN', name: 'A' } })), 'signature.position-body-name');
  });
});
