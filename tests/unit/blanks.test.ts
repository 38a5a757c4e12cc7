// Drafts for signing: a blank number and a blank day (or day and month), and template text
// "[…]" that must not get an end mark. Model, text forms and compose.
import { describe, expect, it } from 'vitest';
import { compose, type LayoutBlock, type ParagraphBlock } from '../../src/compose';
import { appendixReference } from '../../src/compose/appendix';
import { textWidthPt } from '../../src/compose/measure';
import { parseDocument } from '../../src/model';
import {
  fileBaseName,
  findPlaceholders,
  formatDateWords,
  formatNumberLine,
  formatPlaceDate,
  PROFILES,
  profileFor,
  withEndMark,
} from '../../src/standards';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

const state = PROFILES['state-nd30'];
const hd05 = PROFILES['party-hd05'];
const hd36 = PROFILES['party-hd36'];

function texts(doc: ReturnType<typeof makeDoc>, role: string): string[] {
  const out: string[] = [];
  const walk = (b: LayoutBlock): void => {
    if (b.type === 'paragraph' && b.role === role) out.push((b as ParagraphBlock).runs.map((r) => r.text).join(''));
    if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) c.blocks.forEach(walk);
  };
  for (const s of compose(doc).sections) s.blocks.forEach(walk);
  return out;
}

/** The run of spaces between two words of a line. */
function gap(line: string, before: string, after: string): string {
  const m = new RegExp(`${before}( +)${after}`, 'u').exec(line);
  if (!m?.[1]) throw new Error(`no gap between ${before} and ${after} in «${line}»`);
  return m[1];
}

describe('model: dateBlank', () => {
  it('is optional, takes day or dayMonth, and nothing else', () => {
    expect(makeDoc().dateBlank).toBeUndefined();
    expect(makeDoc({ dateBlank: 'day' }).dateBlank).toBe('day');
    expect(makeDoc({ dateBlank: 'dayMonth' }).dateBlank).toBe('dayMonth');
    const bad = parseDocument({ ...makeDoc(), dateBlank: 'month' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toContain('dateBlank');
  });

  it('keeps the date, so the rule book still follows it (HD05 from 27/05/2026)', () => {
    expect(profileFor(makePartyDoc({ date: '2026-06-01', dateBlank: 'dayMonth' })).id).toBe('party-hd05');
    expect(profileFor(makePartyDoc({ date: '2026-05-01', dateBlank: 'day' })).id).toBe('party-hd36');
  });
});

describe('text forms of the blanks', () => {
  it('prints the day, or the day and month, blank and keeps the year (and month)', () => {
    expect(formatDateWords('2026-06-15')).toBe('ngày 15 tháng 6 năm 2026');
    const day = formatDateWords('2026-06-15', 'day', state.header.fillIn);
    expect(day).toMatch(/^ngày {6,}tháng 6 năm 2026$/u);
    const both = formatDateWords('2026-01-15', 'dayMonth', hd05.header.fillIn);
    expect(both).toMatch(/^ngày {6,}tháng {6,}năm 2026$/u);
    // Never the day or month the date happens to hold.
    expect(both).not.toMatch(/15|01/u);
    expect(formatPlaceDate(' Lào Cai ', '2026-06-15', 'day', state.header.fillIn)).toBe(`Lào Cai, ${day}`);
  });

  it('leaves the number and the day the same space, wide enough to write in', () => {
    for (const [doc, before, after] of [
      [makeDoc({ number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'dayMonth' }), 'Số:', '/TB-VP'],
      [makePartyDoc({ number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' }), 'Số', '-CT/TU'],
    ] as const) {
      const profile = profileFor(doc);
      const numberGap = gap(formatNumberLine(doc, profile), before, after);
      const placeDate = formatPlaceDate(doc.place, doc.date, doc.dateBlank, profile.header.fillIn);
      // HD36 §2.3 shows six spaces (Số      -TB/TU); a handwritten day or number needs at least that.
      expect(numberGap.length).toBeGreaterThanOrEqual(6);
      expect(gap(placeDate, 'ngày', 'tháng')).toBe(numberGap);
      expect(gap(placeDate, 'tháng', 'năm')).toBe(numberGap);
    }
    expect(state.header.fillIn).toBe(hd36.header.fillIn);
  });

  it('names a download by what is printed: no invented day or month', () => {
    expect(fileBaseName(makeDoc({ date: '2026-06-15' }))).toBe('TB-134-VP-2026-06-15');
    expect(fileBaseName(makeDoc({ date: '2026-06-15', dateBlank: 'day' }))).toBe('TB-134-VP-2026-06');
    expect(fileBaseName(makeDoc({ number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'dayMonth' }))).toBe('TB-chua-so-VP-2026');
  });
});

describe('compose: blanks in the header and the appendix reference', () => {
  it('prints the blanks in the place-date and number lines', () => {
    const doc = makeDoc({ place: 'Lào Cai', number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'day' });
    expect(texts(doc, 'place-date')).toEqual([`Lào Cai, ngày${state.header.fillIn}tháng 6 năm 2026`]);
    expect(texts(doc, 'number')).toEqual([`Số:${state.header.fillIn}/TB-VP`]);
    const party = makePartyDoc({ number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' });
    expect(texts(party, 'place-date')).toEqual([`Đông Hà, ngày${hd05.header.fillIn}tháng${hd05.header.fillIn}năm 2026`]);
    expect(texts(party, 'number')).toEqual([`Số${hd05.header.fillIn}-CT/TU`]);
  });

  it('narrows the blanks of a long place name so that the line stays on one line', () => {
    const doc = makePartyDoc({ place: 'Thừa Thiên Huế', date: '2026-06-15', dateBlank: 'dayMonth' });
    const [line] = texts(doc, 'place-date');
    const fill = gap(line ?? '', 'ngày', 'tháng');
    expect(fill.length).toBeLessThan(hd05.header.fillIn.length);
    expect(fill.length).toBeGreaterThanOrEqual(4);
    expect(gap(line ?? '', 'tháng', 'năm')).toBe(fill);
    const table = compose(doc).sections[0]?.blocks.find((b) => b.type === 'table');
    const columnPt = table?.type === 'table' ? (table.columnsPt[1] ?? 0) : 0;
    expect(textWidthPt(line ?? '', hd05.header.placeDate)).toBeLessThanOrEqual(columnPt);
    // A short one keeps the whole space.
    expect(gap(texts(makePartyDoc({ place: 'Lào Cai', date: '2026-06-15', dateBlank: 'dayMonth' }), 'place-date')[0] ?? '', 'ngày', 'tháng')).toBe(hd05.header.fillIn);
  });

  it('leaves the same blanks in the "(Kèm theo …)" line', () => {
    const doc = makeDoc({ number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'day' });
    const ref = appendixReference(doc, state);
    expect(ref).toBe(`(Kèm theo Thông báo số${state.header.fillIn}/TB-VP ngày${state.header.fillIn}tháng 6 năm 2026)`);
    expect(appendixReference(makeDoc(), state)).toBe('(Kèm theo Thông báo số 134/TB-VP ngày 13 tháng 02 năm 2019)');
  });
});

describe('template text "[…]"', () => {
  it('finds bracketed template text, not references', () => {
    expect(findPlaceholders('Ngày [ngày] tháng [tháng], về […] và [...]; xem [1], [2020].').map((p) => p.text)).toEqual([
      '[ngày]',
      '[tháng]',
      '[…]',
      '[...]',
    ]);
    expect(findPlaceholders('[Nhiệm vụ thứ nhất.]')).toEqual([{ start: 0, end: 20, text: '[Nhiệm vụ thứ nhất.]' }]);
    expect(findPlaceholders('[ ]')).toHaveLength(1);
    expect(findPlaceholders('Không có gì phải điền.')).toEqual([]);
  });

  it('gets no end mark right after it', () => {
    expect(withEndMark('[Nhiệm vụ cụ thể.]', state)).toBe('[Nhiệm vụ cụ thể.]');
    expect(withEndMark('Giao [cơ quan] thực hiện [nội dung]', hd36)).toBe('Giao [cơ quan] thực hiện [nội dung]');
    expect(withEndMark('Giao [cơ quan] thực hiện [nội dung].', hd05)).toBe('Giao [cơ quan] thực hiện [nội dung].');
    // Template text earlier in the sentence does not stop the end mark.
    expect(withEndMark('Giao [cơ quan] thực hiện', state)).toBe('Giao [cơ quan] thực hiện./.');
    expect(withEndMark('Xem tài liệu [1]', state)).toBe('Xem tài liệu [1]./.');
  });

  it('compose leaves the last paragraph of a template open', () => {
    const doc = makeDoc({ body: [{ type: 'paragraph', text: 'Mở đầu.' }, { type: 'paragraph', text: '[Kết quả đạt được; tồn tại, hạn chế.]' }] });
    const body = texts(doc, 'body');
    expect(body.at(-1)).toBe('[Kết quả đạt được; tồn tại, hạn chế.]');
    const filled = makeDoc({ body: [{ type: 'paragraph', text: 'Mở đầu.' }, { type: 'paragraph', text: 'Kết quả tốt.' }] });
    expect(texts(filled, 'body').at(-1)).toBe('Kết quả tốt./.');
  });
});
