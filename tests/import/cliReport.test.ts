// `vanban import` says what the draft still needs and what it kept out of the body.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

describe('vanban import: missing parts and leftovers', () => {
  it('prints each missing part and each leftover, and keeps the leftovers out of the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-import-'));
    const input = join(dir, 'tb.txt');
    const out = join(dir, 'tb.json');
    writeFileSync(input, ['Số: 12/TB-UBND', 'THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Trang 1/3', 'Nơi nhận:', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'Lê Văn Cường', 'Người ký: Sở Nội vụ'].join('\n'));
    const err: string[] = [];
    expect(await main(['import', input, '-o', out], { out: () => {}, err: (l: string) => err.push(l) })).toBe(0);
    expect(err).toContain('missing: position (signature.position) — Không tìm thấy chức vụ người ký');
    expect(err).toContain('leftover (not in the body): Trang 1/3');
    expect(err).toContain('leftover (not in the body): Người ký: Sở Nội vụ');
    expect(readFileSync(out, 'utf8')).not.toMatch(/Trang 1\/3|Người ký/);
  });
});
