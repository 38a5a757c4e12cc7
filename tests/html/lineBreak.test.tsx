// @vitest-environment jsdom
// The live preview draws a paragraph's "\n" as a line break inside the paragraph (Shift+Enter),
// and its marks as bold, italic and underline.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { compose, type ParagraphBlock } from '../../src/compose';
import { ParagraphView } from '../../src/render/html/blocks';
import { makeDoc } from '../fixtures/docs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('a line break and marks in the preview', () => {
  it('is a <br> inside one paragraph whose first line alone is indented', () => {
    const text = 'Dòng đầu có chữ đậm\ndòng sau';
    const layout = compose(makeDoc({ body: [{ type: 'paragraph', text, marks: [{ from: 12, to: 19, type: 'bold' }] }] }));
    const block = layout.sections[0]!.blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'body')!;
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    act(() => root.render(<ParagraphView block={block} />));
    const p = host.querySelector('.vb-p') as HTMLElement;
    expect(p.querySelectorAll('br')).toHaveLength(1);
    // text-indent indents the first line of the box only: the line after the break starts at the margin.
    expect(p.style.textIndent).not.toBe('');
    expect(Array.from(p.querySelectorAll('span')).find((s) => s.style.fontWeight === '700')?.textContent).toBe('chữ đậm');
    expect(p.textContent).toBe('Dòng đầu có chữ đậmdòng sau./.');
    act(() => root.unmount());
    host.remove();
  });
});
