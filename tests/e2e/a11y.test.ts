// Accessibility in real Chromium: axe-core, run inside the built app, finds no violation on the
// start screen, the import result, the editor (with its find bar open) and the save-as-template
// dialog; and the keyboard alone opens the find bar, moves between matches and closes it again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from '../fixtures/seeds';
import { appUrl, useSession } from './browser';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let page: Page;
useSession((s) => {
  page = s.page;
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe's violations on the page as it is now. The engine is evaluated through the DevTools
 * protocol, not a <script> tag, so the app's Content-Security-Policy stays as users get it.
 */
async function axe(p: Page): Promise<string[]> {
  await p.evaluate(`${AXE};undefined`);
  const violations = await p.evaluate(async () => {
    const engine = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await engine.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  // One line per offending element, readable in the test's failure message.
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}`));
}

describe('accessibility', () => {
  it('start screen', async () => {
    await page.goto(`${appUrl()}#/start`);
    await page.locator('[data-template-source="builtin"]').first().waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('import screen with a recognised document', async () => {
    await page.locator('#import-text').fill(seed('000'));
    await page.getByRole('button', { name: /Nhận dạng|Recognise/ }).click();
    await page.locator('[data-testid="import-result"]').waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('editor, with its findings, preview and find bar', async () => {
    await page.locator('[data-testid="import-result"] .button.primary').click();
    await page.locator('[name="issuer.name"]').waitFor();
    await page.locator('[data-testid="preview"] .vb-page').first().waitFor();
    expect(await axe(page)).toEqual([]);
    // The find bar from the keyboard, in the editor: Ctrl+H, a query, Enter for the next match.
    await page.locator('[name="issuer.name"]').focus();
    await page.keyboard.press('Control+H');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-query');
    await page.keyboard.type('tỉnh');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="find-count"]').getAttribute('data-count')).not.toBe('0');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="find-bar"]').count()).toBe(0);
    // Back in the form, at the match the bar showed last.
    expect(await page.evaluate(() => document.activeElement?.closest('form.doc-form') !== null)).toBe(true);
  });

  it('no arrow key changes the document outside text', async () => {
    const kind = await page.locator('[name="kind"]').inputValue();
    await page.locator('[name="kind"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.locator('[name="kind"]').inputValue()).toBe(kind);
    const checked = page.locator('input[name="standard.family"]:checked');
    const family = await checked.getAttribute('value');
    await checked.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name="standard.family"]:checked').getAttribute('value')).toBe(family);
    // The focus moved along the group; Space chooses, and Ctrl+Z takes it back.
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('input[name="standard.family"]:checked').getAttribute('value')).not.toBe(family);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('input[name="standard.family"]:checked').getAttribute('value')).toBe(family);
  });

  it('the save-as-template dialog', async () => {
    await page.locator('[data-testid="save-template"]').click();
    await page.locator('dialog[open]').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('focus is always visible: every control the Tab key reaches draws an outline', async () => {
    await page.bringToFront();
    // From the top of the page: the bar's actions, the findings, then the form.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const missing: string[] = [];
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        // The outline the :focus-visible rule draws on the element…
        let visible = el.matches(':focus-visible, :focus-within') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        if (!visible) {
          // …or a frame around it that appears with the focus (the body editor's box): what its
          // ancestors draw focused, compared with what they draw once it is left.
          const around: HTMLElement[] = [];
          for (let a = el.parentElement; a && around.length < 3; a = a.parentElement) around.push(a);
          const look = () => around.map((a) => `${getComputedStyle(a).boxShadow}|${getComputedStyle(a).borderColor}|${getComputedStyle(a).outlineStyle}`);
          const focused = look();
          el.blur();
          const rest = look();
          el.focus();
          visible = focused.some((f, i) => f !== rest[i]);
        }
        return { visible, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}` };
      });
      if (info && !info.visible) missing.push(info.what);
    }
    expect(missing).toEqual([]);
  });

});
