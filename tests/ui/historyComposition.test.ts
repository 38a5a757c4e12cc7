// A word composed by an input method (Telex through the system's Vietnamese keyboard: "t", "ti",
// "tie", "tiê", "tiên", "tiêng", "tiếng") is one undo step however slowly its letters come; the
// typing around it coalesces as usual.
import { describe, expect, it } from 'vitest';
import { createHistory, current, record, undo, type HistoryState } from '../../src/ui/history/history';
import { makeDoc } from '../fixtures/docs';

type Doc = ReturnType<typeof makeDoc>;

function withSummary(h: HistoryState, summary: string): Doc {
  const d = structuredClone(current(h)) as Doc;
  d.title.summary = summary;
  return d;
}

describe('history and composition', () => {
  it('keeps a slowly composed word in one step and never undoes half of it', () => {
    let h = createHistory(makeDoc({ title: { summary: 'Về' } }));
    h = record(h, withSummary(h, 'Về '), { at: 1000 });
    // The composition's updates, each more than the pause apart.
    let at = 5000;
    for (const s of ['Về t', 'Về ti', 'Về tie', 'Về tiê', 'Về tiên', 'Về tiêng', 'Về tiếng']) {
      h = record(h, withSummary(h, s), { at, composition: 1 });
      at += 1500;
    }
    expect(h.steps.length).toBe(3);
    expect((current(h) as Doc).title.summary).toBe('Về tiếng');
    h = undo(h);
    expect((current(h) as Doc).title.summary).toBe('Về ');
  });

  it('starts a new step for the next composition after a pause, and for plain typing after a pause', () => {
    let h = createHistory(makeDoc({ title: { summary: 'a' } }));
    h = record(h, withSummary(h, 'a x'), { at: 1000, composition: 1 });
    h = record(h, withSummary(h, 'a xy'), { at: 5000, composition: 2 });
    expect(h.steps.length).toBe(3);
    h = record(h, withSummary(h, 'a xyz'), { at: 9000 });
    expect(h.steps.length).toBe(4);
  });
});
