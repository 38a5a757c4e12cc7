// @vitest-environment jsdom
// The live preview of a draft for signing shows the Layout's blanks as they print: the spaces of
// the number and of the day (and month) kept, in a paragraph that keeps white space.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { Preview } from '../../src/render/html';
import { PROFILES } from '../../src/standards';
import { makePartyDoc } from '../fixtures/docs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: ReturnType<typeof createRoot> | undefined;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  host.remove();
});

describe('preview: blanks', () => {
  it('keeps the spaces of a blank number, day and month', () => {
    const doc = makePartyDoc({ number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' });
    act(() => {
      root = createRoot(host);
      root.render(<Preview layout={compose(doc)} scale={0.7} />);
    });
    const fill = PROFILES['party-hd05'].header.fillIn;
    const role = (r: string) => Array.from(host.querySelectorAll<HTMLElement>(`.vb-pages [data-role="${r}"]`));
    expect(role('place-date').map((e) => e.textContent)).toEqual([`Đông Hà, ngày${fill}tháng${fill}năm 2026`]);
    expect(role('number').map((e) => e.textContent)).toEqual([`Số${fill}-CT/TU`]);
    // The spaces show only where the paragraph keeps white space.
    expect(role('place-date')[0]?.classList.contains('vb-p')).toBe(true);
    const css = readFileSync(join(process.cwd(), 'src/render/html/preview.css'), 'utf8');
    expect(/\.vb-p\s*\{[^}]*white-space:\s*pre-wrap/u.test(css)).toBe(true);
  });
});
