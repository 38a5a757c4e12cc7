// A marked text the model cleans (NFC, CR LF, forbidden characters) keeps its marks on the letters
// they were laid over: Unikey's "Unicode tổ hợp" types decomposed letters, Word's plain text has CR LF.
import { describe, expect, it } from 'vitest';
import { cleanMarked, documentSchema, type DocumentInput, type Mark } from '../../src/model';
import { makeDoc } from '../fixtures/docs';

const bold = (text: string, word: string): Mark[] => [{ from: text.indexOf(word), to: text.indexOf(word) + word.length, type: 'bold' }];
const marked = (text: string, marks: readonly Mark[] = []) => marks.map((m) => text.slice(m.from, m.to));

describe('cleanMarked', () => {
  it('moves marks with a decomposed text composed to NFC', () => {
    const raw = 'Quye\u0302\u0301t đi\u0323nh số 12 ngày nay';
    const r = cleanMarked(raw, bold(raw, 'số 12'));
    expect(r.text).toBe('Quyết định số 12 ngày nay');
    expect(marked(r.text, r.marks)).toEqual(['số 12']);
  });

  it('moves marks over CR LF and forbidden characters, and widens an edge inside a letter', () => {
    const raw = 'a\r\nb\u0001c\u000Bd';
    const r = cleanMarked(raw, [{ from: 5, to: 8, type: 'italic' }, { from: 0, to: 1, type: 'bold' }]);
    expect(r.text).toBe('a\nbcd');
    expect(marked(r.text, r.marks)).toEqual(['a', 'cd']);
    const e = 'xe\u0301y';
    expect(marked('xéy', cleanMarked(e, [{ from: 2, to: 3, type: 'bold' }]).marks)).toEqual(['é']);
  });
});

describe('documentSchema keeps marks on their letters', () => {
  it('in a paragraph, a heading and a list item typed decomposed', () => {
    const para = 'Ti\u0302\u0301p tu\u0323c thu\u031B\u0323c hie\u0323\u0302n nghiêm túc';
    const input = {
      ...makeDoc(),
      body: [
        { type: 'paragraph', text: para, marks: bold(para, 'nghiêm túc') },
        { type: 'heading', level: 1, title: 'Chung', text: para, marks: bold(para, 'nghiêm túc') },
        { type: 'list', marker: '-', items: ['x', para], itemMarks: [[], bold(para, 'nghiêm túc')] },
      ],
    } as DocumentInput;
    const doc = documentSchema.parse(input);
    const [p, h, l] = doc.body;
    if (p?.type !== 'paragraph' || h?.type !== 'heading' || l?.type !== 'list') throw new Error('blocks');
    expect(p.text).toBe(para.normalize('NFC'));
    expect(marked(p.text, p.marks)).toEqual(['nghiêm túc']);
    expect(marked(h.text ?? '', h.marks)).toEqual(['nghiêm túc']);
    expect(marked(l.items[1] ?? '', l.itemMarks?.[1])).toEqual(['nghiêm túc']);
  });
});
