// Find and replace over a draft typed with combining marks (Unikey's "Unicode tổ hợp"): the
// form keeps the text as typed, and a precomposed query still finds and replaces it.
import { describe, expect, it } from 'vitest';
import { findInText, replaceAll } from '../../src/ui/find/findReplace';

const typed = 'Quye\u0302\u0301t đi\u0323nh và quye\u0302\u0301t tâm';

describe('find over decomposed text', () => {
  it('finds a precomposed query, with and without diacritics', () => {
    expect(findInText(typed, 'quyết')).toEqual([
      { from: 0, to: 7 },
      { from: 17, to: 24 },
    ]);
    expect(findInText(typed, 'định')).toEqual([{ from: 8, to: 13 }]);
    expect(findInText(typed, 'quyet', { matchCase: false, matchDiacritics: false })).toHaveLength(2);
    // A match never stops between a letter and its tone mark.
    expect(findInText(typed, 'Quyế', { matchCase: true, matchDiacritics: true })).toEqual([{ from: 0, to: 6 }]);
  });

  it('replaces the whole letters, tone marks included, and keeps the marks after them in place', () => {
    const doc = { body: [{ type: 'paragraph', text: typed, marks: [{ from: 25, to: 28, type: 'bold' as const }] }] };
    const { doc: out, replaced } = replaceAll(doc, 'quyết', 'Quyết');
    expect(replaced).toBe(2);
    const p = out.body[0]!;
    expect(p.text).toBe('Quyết đi\u0323nh và Quyết tâm');
    expect(p.text.slice(p.marks[0]!.from, p.marks[0]!.to)).toBe('tâm');
  });
});
