// @vitest-environment jsdom
// Putting the cursor back at a path (after undo, from the preview, at a finding): a text field gets
// its selection; a radio, a date or a number is only focused (they have no text selection, and
// asking for one throws, which once took the editor down after undoing a change of rule book).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { revealPath } from '../../src/ui/editor/reveal';

beforeAll(() => {
  // jsdom lays nothing out and has no scrolling.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('revealPath', () => {
  it('selects the range in a text input', () => {
    document.body.innerHTML = '<input id="f-issuer.name" name="issuer.name" value="VĂN PHÒNG">';
    expect(revealPath('issuer.name', { from: 2, to: 5 })).toBe(true);
    const input = document.getElementById('f-issuer.name') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 5]);
  });

  it('focuses a radio, a date and a number without asking for a selection', () => {
    document.body.innerHTML = [
      '<input type="radio" id="f-standard.family" name="standard.family" value="state" checked>',
      '<input type="date" id="f-date" name="date" value="2026-12-02">',
      '<input type="number" id="f-number.value" name="number.value" value="12">',
    ].join('');
    for (const path of ['standard.family', 'date', 'number.value']) {
      expect(() => revealPath(path, { from: 3 })).not.toThrow();
      expect(document.activeElement?.id).toBe(`f-${path}`);
    }
  });
});
