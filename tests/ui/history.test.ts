// The draft's undo history as a pure value: typing coalesces by field and pause, structure changes
// are steps of their own, redo is forgotten by a new change, at least 200 steps are kept, and
// snapshots share what did not change.
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, changedPaths, createHistory, current, DEFAULT_HISTORY, record, redo, seal, share, thaw, undo, type HistoryState } from '../../src/ui/history/history';
import { changeEnd, historyShortcut } from '../../src/ui/history/useDraftHistory';
import { makeDoc } from '../fixtures/docs';

type Doc = ReturnType<typeof makeDoc>;

/** The live value a form would mutate, edited by `edit`. */
function edited(h: HistoryState, edit: (d: Doc) => void): Doc {
  const d = thaw(current(h)) as Doc;
  edit(d);
  return d;
}

function typeText(h: HistoryState, path: (d: Doc) => { set(s: string): void }, text: string, start: number, gapMs: number): { h: HistoryState; at: number } {
  let at = start;
  let s = '';
  for (const ch of text) {
    s += ch;
    const value = s;
    h = record(h, edited(h, (d) => path(d).set(value)), { at });
    at += gapMs;
  }
  return { h, at };
}

const summary = (d: Doc) => ({ set: (s: string) => void (d.title.summary = s) });
const issuer = (d: Doc) => ({ set: (s: string) => void (d.issuer.name = s) });

describe('history', () => {
  it('makes one step of a run of typing in one field, and one more after a pause', () => {
    let h = createHistory(makeDoc());
    ({ h } = typeText(h, summary, 'về kiểm thử', 1000, 80));
    expect(h.steps.length).toBe(2);
    // A pause, then more typing in the same field: a second step.
    h = record(h, edited(h, (d) => (d.title.summary += ' mới')), { at: 10_000 });
    expect(h.steps.length).toBe(3);
    h = undo(h);
    expect((current(h) as Doc).title.summary).toBe('về kiểm thử');
    h = undo(h);
    expect((current(h) as Doc).title.summary).toBe(makeDoc().title.summary);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect((current(h) as Doc).title.summary).toBe('về kiểm thử mới');
    expect(canRedo(h)).toBe(false);
  });

  it('splits a long run of typing at word boundaries', () => {
    let h = createHistory(makeDoc());
    ({ h } = typeText(h, summary, 'một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn', 0, 100));
    // 56 characters at 100 ms: 5.6 s of typing, more than one step, far fewer than one per character.
    expect(h.steps.length).toBeGreaterThan(2);
    expect(h.steps.length).toBeLessThan(6);
    // Every step ends on a whole word.
    for (const step of h.steps.slice(1, -1)) expect((step.value as Doc).title.summary).toMatch(/\s$/u);
  });

  it('starts a new step for another field, after a seal, and for a structural change', () => {
    let h = createHistory(makeDoc());
    ({ h } = typeText(h, summary, 'abc', 0, 50));
    ({ h } = typeText(h, issuer, 'VĂN PHÒNG', 200, 50));
    expect(h.steps.length).toBe(3);
    h = seal(h);
    h = record(h, edited(h, (d) => (d.issuer.name += ' X')), { at: 800 });
    expect(h.steps.length).toBe(4);
    // Two block deletions within a second are two steps.
    h = record(h, edited(h, (d) => d.body.splice(0, 1)), { at: 900 });
    h = record(h, edited(h, (d) => d.body.splice(0, 1)), { at: 950 });
    expect(h.steps.length).toBe(6);
    const before = makeDoc().body.length;
    expect((current(h) as Doc).body.length).toBe(before - 2);
    h = undo(h);
    expect((current(h) as Doc).body.length).toBe(before - 1);
  });

  it('keeps a separate change (a paste, a replace-all) apart from the typing around it', () => {
    let h = createHistory(makeDoc());
    ({ h } = typeText(h, summary, 'ab', 0, 50));
    h = record(h, edited(h, (d) => (d.title.summary += ' dán vào')), { at: 120, separate: true });
    h = record(h, edited(h, (d) => (d.title.summary += 'c')), { at: 150 });
    expect(h.steps.length).toBe(4);
    expect((current(undo(h)) as Doc).title.summary).toBe('ab dán vào');
  });

  it('forgets what could be redone when a new change comes', () => {
    let h = createHistory(makeDoc());
    h = record(h, edited(h, (d) => (d.place = 'A')), { at: 0 });
    h = record(h, edited(h, (d) => (d.place = 'AB')), { at: 5000 });
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = record(h, edited(h, (d) => (d.place = 'AC')), { at: 6000 });
    expect(canRedo(h)).toBe(false);
    expect((current(undo(h)) as Doc).place).toBe('A');
  });

  it('keeps at least 200 steps, the oldest dropped past the cap', () => {
    expect(DEFAULT_HISTORY.cap).toBeGreaterThanOrEqual(200);
    const options = { ...DEFAULT_HISTORY, cap: 200 };
    let h = createHistory(makeDoc());
    for (let i = 0; i < 260; i++) h = record(h, edited(h, (d) => (d.place = `P${i}`)), { at: i * 5000 }, options);
    let n = 0;
    while (canUndo(h)) {
      h = undo(h);
      n++;
    }
    expect(n).toBe(200);
    expect((current(h) as Doc).place).toBe('P59');
  });

  it('records nothing when nothing changed', () => {
    const h = createHistory(makeDoc());
    expect(record(h, thaw(current(h)), { at: 1 })).toBe(h);
  });

  it('shares every subtree that did not change, and copies what it keeps', () => {
    const prev = share(undefined, makeDoc()).value as Doc;
    const live = thaw(prev);
    live.body[1] = { type: 'paragraph', text: 'đổi' };
    const { value, change } = share(prev, live);
    const next = value as Doc;
    expect(next).not.toBe(prev);
    expect(next.issuer).toBe(prev.issuer);
    expect(next.body[0]).toBe(prev.body[0]);
    expect(next.body[1]).not.toBe(prev.body[1]);
    expect(change.paths).toContain('body.1.text');
    // The form mutating its value later does not touch the snapshot.
    live.body[1] = { type: 'paragraph', text: 'sau' };
    expect((next.body[1] as { text: string }).text).toBe('đổi');
    expect(Object.isFrozen(next.body)).toBe(true);
  });

  it('tells a text change from a structural one', () => {
    const a = makeDoc();
    const b = thaw(a);
    b.place = 'Huế';
    expect(changedPaths(a, b)).toEqual({ paths: ['place'], structural: false });
    const c = thaw(a);
    c.body.pop();
    expect(changedPaths(a, c).structural).toBe(true);
  });

  it('coalesces typing in a table cell, and keeps a new row a step of its own', () => {
    const withTable = makeDoc({ body: [{ type: 'table', header: ['A', 'B'], rows: [['', '']] }] });
    let h = createHistory(withTable);
    const cell = (d: Doc) => ({ set: (s: string) => void ((d.body[0] as { rows: string[][] }).rows[0]![1] = s) });
    ({ h } = typeText(h, cell, '1.250', 0, 60));
    expect(h.steps.length).toBe(2);
    h = record(h, edited(h, (d) => (d.body[0] as { rows: string[][] }).rows.push(['', ''])), { at: 400 });
    expect(h.steps.length).toBe(3);
    h = undo(h);
    expect((current(h) as Doc).body[0]).toMatchObject({ rows: [['', '1.250']] });
    h = undo(h);
    expect((current(h) as Doc).body[0]).toMatchObject({ rows: [['', '']] });
  });

  it('keeps marks moving with the typing in one step', () => {
    let h = createHistory(makeDoc({ body: [{ type: 'paragraph', text: 'Đậm', marks: [{ from: 0, to: 3, type: 'bold' }] }] }));
    const para = (d: Doc) => d.body[0] as { text: string; marks: { from: number; to: number }[] };
    // Typing before the bold word shifts its span: numbers change, not the shape.
    h = record(h, edited(h, (d) => { para(d).text = 'X Đậm'; para(d).marks[0]!.from = 2; para(d).marks[0]!.to = 5; }), { at: 0 });
    h = record(h, edited(h, (d) => { para(d).text = 'XY Đậm'; para(d).marks[0]!.from = 3; para(d).marks[0]!.to = 6; }), { at: 100 });
    expect(h.steps.length).toBe(2);
    expect(para(current(undo(h)) as Doc).marks[0]).toEqual({ from: 0, to: 3, type: 'bold' });
  });
});

describe('shortcuts and cursor', () => {
  it('knows Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (⌘ too), and nothing else', () => {
    const k = (key: string, o: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
      historyShortcut({ key, ctrlKey: !!o.ctrl, metaKey: !!o.meta, shiftKey: !!o.shift, altKey: !!o.alt });
    expect(k('z', { ctrl: true })).toBe('undo');
    expect(k('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(k('y', { ctrl: true })).toBe('redo');
    expect(k('z', { meta: true })).toBe('undo');
    expect(k('z')).toBeNull();
    expect(k('z', { ctrl: true, alt: true })).toBeNull();
    expect(k('x', { ctrl: true })).toBeNull();
  });

  it('puts the cursor after what an undo brought back', () => {
    expect(changeEnd('Rạch Giá mới', 'Rạch Giá')).toBe(8);
    expect(changeEnd('Rạch Giá', 'Rạch Giá mới')).toBe(12);
    expect(changeEnd('ab', 'aXb')).toBe(2);
    expect(changeEnd('', 'abc')).toBe(3);
  });
});
