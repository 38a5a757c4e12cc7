// End to end, in real Chromium: undo and redo of a field, a paragraph and a deleted block with the
// keyboard (the draft's history, not the input's), the undone state saved; find and replace all
// with a count, undone in one step; a click on the preview's signer name puts the cursor in the
// signature name field, and the part being edited is outlined in the preview.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, useSession, shot, waitSaved, type Session } from './browser';

let session: Session;
let page: Page;
useSession((s) => {
  session = s;
  page = s.page;
});

const value = (name: string) => page.locator(`[name="${name}"]`).inputValue();
const findCount = async () => Number(await page.locator('[data-testid="find-count"]').getAttribute('data-count'));

type Tiptap = { state: { doc: { childCount: number; child(i: number): { textContent: string; nodeSize: number; type: { name: string } } } }; commands: { setTextSelection(r: { from: number; to: number }): boolean } };
/** The body editor's Tiptap instance, as the page has it on its surface element. */
const editorIn = () => (document.querySelector('[data-testid="rich-body"]') as unknown as { editor: Tiptap }).editor;

const blockCount = () => page.evaluate(`(${editorIn.toString()})().state.doc.childCount`) as Promise<number>;
const blockText = (i: number) => page.evaluate(`(${editorIn.toString()})().state.doc.child(${i}).textContent`) as Promise<string>;

describe('undo, find and replace, preview to form', () => {
  let place = '';
  let paragraphIndex = -1;
  let paragraph = '';
  let blocks = 0;

  it('opens the sample draft', async () => {
    await page.goto(appUrl());
    await page.locator('[name="issuer.name"]').waitFor();
    await page.locator('[data-testid="rich-body"]').waitFor();
    await page.locator('[data-testid="preview"] .vb-page').first().waitFor();
    place = await value('place');
    blocks = await blockCount();
    paragraphIndex = (await page.evaluate(`(() => { const d = (${editorIn.toString()})().state.doc; for (let i = 1; i < d.childCount; i++) if (d.child(i).type.name === 'paragraph') return i; return -1; })()`)) as number;
    expect(paragraphIndex).toBeGreaterThan(0);
    paragraph = await blockText(paragraphIndex);
  });

  it('undoes a field, a paragraph and a deleted block with Ctrl+Z, and redoes them', async () => {
    // Typed key by key: one undo step for the whole word run.
    await page.locator('[name="place"]').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' mới', { delay: 30 });
    expect(await value('place')).toBe(`${place} mới`);

    // The cursor at the paragraph's end (the event the preview and find use), then typing.
    await page.evaluate((index) => window.dispatchEvent(new CustomEvent('vanban:focus-path', { detail: { path: `body.${index}.text`, offset: 1e6 } })), paragraphIndex);
    await page.keyboard.type(' Thêm một câu.', { delay: 20 });
    await expect.poll(() => blockText(paragraphIndex)).toBe(`${paragraph} Thêm một câu.`);

    // The last block deleted: selected from the end of the one before, then Backspace.
    await page.evaluate(`(() => { const e = (${editorIn.toString()})(); const d = e.state.doc; let end = 0; for (let i = 0; i < d.childCount - 1; i++) end += d.child(i).nodeSize; e.commands.setTextSelection({ from: end - 1, to: d.content.size - 1 }); })()`);
    await page.keyboard.press('Backspace');
    await expect.poll(blockCount).toBe(blocks - 1);

    await page.keyboard.press('Control+Z');
    await expect.poll(blockCount).toBe(blocks);
    expect(await blockText(paragraphIndex)).toBe(`${paragraph} Thêm một câu.`);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => blockText(paragraphIndex)).toBe(paragraph);
    // Ctrl+Z in a text box of the form is the draft's undo too: the place goes back.
    await page.locator('[name="title.summary"]').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => value('place')).toBe(place);
    expect(await blockText(paragraphIndex)).toBe(paragraph);

    await page.keyboard.press('Control+Y');
    await expect.poll(() => value('place')).toBe(`${place} mới`);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => blockText(paragraphIndex)).toBe(`${paragraph} Thêm một câu.`);
    await page.locator('[data-testid="redo"]').click();
    await expect.poll(blockCount).toBe(blocks - 1);
    await expect.poll(() => page.locator('[data-testid="redo"]').isDisabled()).toBe(true);

    // The autosave kept up: the redone draft is what a reload finds.
    await waitSaved(page);
    await page.reload();
    await page.locator('[data-testid="rich-body"]').waitFor();
    expect(await value('place')).toBe(`${place} mới`);
    expect(await blockCount()).toBe(blocks - 1);
    expect(await blockText(paragraphIndex)).toBe(`${paragraph} Thêm một câu.`);
  });

  it('replaces all matches with a count, and one undo brings every one back', async () => {
    await page.locator('[name="issuer.name"]').focus();
    await page.keyboard.press('Control+H');
    // The draft's own "thành phố" before any replacement.
    await page.locator('#find-query').fill('thành phố');
    const before = await findCount();
    await page.locator('#find-query').fill('tỉnh');
    await expect.poll(findCount).toBeGreaterThan(2);
    const n = await findCount();
    await page.locator('#find-replacement').fill('thành phố');
    await shot(session, 'find-bar.png');
    await page.locator('[data-testid="replace-all"]').click();
    await expect.poll(findCount).toBe(0);
    await expect.poll(() => page.locator('.find-where').textContent()).toContain(String(n));
    // Without "match diacritics", a query typed without marks finds every replacement.
    await page.locator('[data-testid="find-diacritics"]').uncheck();
    await page.locator('#find-query').fill('THANH PHO');
    await expect.poll(findCount).toBe(n + before);

    await page.locator('[data-testid="find-diacritics"]').check();
    await page.locator('#find-query').fill('tỉnh');
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(findCount).toBe(n);
    // Next puts the cursor on the first match, selected.
    await page.locator('[data-testid="find-next"]').click();
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
      return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    });
    expect(selected.toLocaleLowerCase('vi')).toBe('tỉnh');
    // A match in the body: the cursor goes into the body editor with the match selected.
    const phrase = (await blockText(paragraphIndex)).split(' ').slice(1, 3).join(' ');
    await page.locator('#find-query').fill(phrase);
    await page.locator('[data-testid="find-next"]').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rich-body');
    await page.keyboard.press('Escape');
  });

  it('puts the cursor in the signature name field from a click on the signer in the preview', async () => {
    const signer = page.locator('[data-testid="preview"] [data-source="signature.name"]').first();
    await signer.scrollIntoViewIfNeeded();
    await signer.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('signature.name');
    // The signer's line is outlined while its field is edited.
    await expect.poll(() => signer.evaluate((el) => el.classList.contains('is-editing'))).toBe(true);
    await shot(session, 'preview-pick.png');
  });
});
