// @vitest-environment jsdom
// Putting the cursor back at a path (after undo, from the preview, at a finding): a text field gets
// its selection; a radio, a date or a number is only focused (they have no text selection, and
// asking for one throws, which once took the editor down after undoing a change of rule book).
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../src/ui/editor/form';
import { revealPath } from '../../src/ui/editor/reveal';
import { host, useDomHost } from './editorHarness';

useDomHost();

const input = (path: string, type: string, value: string) => `<input type="${type}" id="${fieldId(path)}" name="${path}" value="${value}">`;

describe('revealPath', () => {
  it('selects the range in a text input', () => {
    host.innerHTML = input('issuer.name', 'text', 'VĂN PHÒNG');
    expect(revealPath('issuer.name', { from: 2, to: 5 })).toBe(true);
    const el = document.getElementById(fieldId('issuer.name')) as HTMLInputElement;
    expect(document.activeElement).toBe(el);
    expect([el.selectionStart, el.selectionEnd]).toEqual([2, 5]);
  });

  it('focuses a radio, a date and a number without asking for a selection', () => {
    host.innerHTML = [input('standard.family', 'radio', 'state'), input('date', 'date', '2026-12-02'), input('number.value', 'number', '12')].join('');
    for (const path of ['standard.family', 'date', 'number.value']) {
      expect(() => revealPath(path, { from: 3 })).not.toThrow();
      expect(document.activeElement?.id).toBe(fieldId(path));
    }
  });
});
