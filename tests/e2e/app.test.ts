// End to end, in real Chromium against the built app (vite build + vite preview): a secretary picks
// the Party Chỉ thị template, fills it, downloads DOCX and PDF and finds her text in both, reloads
// and finds her draft, switches the UI to English, and has a broken .json file refused.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, docxText, norm, openSession, pdfText, waitSaved, type Session } from './browser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const TYPED = {
  issuer: 'TỈNH ỦY THỬ NGHIỆM',
  number: '27',
  issuerCode: 'TU',
  date: '2025-03-04',
  summary: 'về tăng cường kiểm thử tự động trong soạn thảo văn bản',
  headings: ['Nâng cao chất lượng kiểm thử', 'Mở rộng phạm vi kiểm thử'],
  paragraphs: ['Đoạn văn thứ nhất của phép thử đầu cuối.', 'Đoạn văn thứ hai của phép thử đầu cuối.'],
  recipients: ['Ban Tổ chức Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Báo Thử Nghiệm'],
};

// The app is built and served once for all end-to-end files (globalSetup.ts).
let session: Session;
let page: Page;
let baseUrl: string;
let workDir: string;

beforeAll(async () => {
  baseUrl = appUrl();
  session = await openSession();
  page = session.page;
  workDir = session.workDir;
});

afterAll(async () => {
  await session?.close();
});

// The Content-Security-Policy of the build refuses nothing the app does (each test answers for its own).
afterEach(() => {
  expect(session.cspViolations.splice(0)).toEqual([]);
});

describe('the app a secretary lives in', () => {
  let firstNew = 0;

  it('opens a filled sample on the first visit', async () => {
    await page.goto(baseUrl);
    await page.locator('[name="issuer.name"]').waitFor();
    expect(await page.locator('[name="issuer.name"]').inputValue()).not.toBe('');
    await page.locator('[data-testid="preview"]').waitFor();
  });

  it('drafts a Party Chỉ thị from its template', async () => {
    await page.goto(`${baseUrl}#/start`);
    const card = page.locator('[data-template-source="builtin"][data-template-kind="chi-thi"][data-template-family="party"] .template-use');
    await card.click();
    await page.locator('[name="issuer.name"]').waitFor();
    expect(await page.locator('input[name="standard.family"][value="party"]').isChecked()).toBe(true);

    await page.locator('[name="issuer.name"]').fill(TYPED.issuer);
    await page.locator('[name="number.value"]').fill(TYPED.number);
    await page.locator('[name="number.issuerCode"]').fill(TYPED.issuerCode);
    await page.locator('[name="date"]').fill(TYPED.date);
    await page.locator('[name="title.summary"]').fill(TYPED.summary);
    // The number line as the Party rule book prints it.
    await expect.poll(() => page.locator('[data-testid="number-line"]').textContent()).toBe('Số 27-CT/TU');

    // The body is typed as in Word: "I. " at a paragraph's start makes a level-1 heading, Enter ends it.
    const surface = page.locator('[data-testid="rich-body"]');
    firstNew = await surface.locator(':scope > *').count();
    await surface.click();
    await page.keyboard.press('Control+End');
    for (let k = 0; k < 2; k++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`I. ${TYPED.headings[k] as string}`);
      await page.keyboard.press('Enter');
      await page.keyboard.type(TYPED.paragraphs[k] as string);
    }
    await expect.poll(() => surface.locator(':scope > *').count()).toBe(firstNew + 4);
    // Level-1 headings of HD 36 are numbered I-, II-: the two typed ones follow each other.
    const labelOf = (i: number) => surface.locator(':scope > *').nth(i).getAttribute('data-label');
    const roman = ['I-', 'II-', 'III-', 'IV-', 'V-', 'VI-', 'VII-', 'VIII-', 'IX-', 'X-'];
    const firstLabel = (await labelOf(firstNew)) ?? '';
    expect(roman).toContain(firstLabel);
    expect(await labelOf(firstNew + 2)).toBe(roman[roman.indexOf(firstLabel) + 1]);

    const recipients = page.locator('[data-path="recipients.entries"]');
    for (const entry of TYPED.recipients) {
      const count = await recipients.locator('.string-list-items > li').count();
      await recipients.getByRole('button', { name: /Thêm dòng/ }).click();
      await page.locator(`[name="recipients.entries.${count}"]`).fill(entry);
    }
    await waitSaved(page);
    // The preview shows what was typed.
    await expect.poll(async () => norm((await page.locator('[data-testid="preview"]').textContent()) ?? '')).toContain(norm(TYPED.headings[1] as string));

    // The README's screenshot is refreshed on demand only: tests leave the tree as they found it.
    if (process.env.VANBAN_SCREENSHOTS === '1') {
      mkdirSync(join(root, 'docs'), { recursive: true });
      await page.locator('.form-pane').evaluate((el) => el.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(root, 'docs/screenshot-app.png') });
    }
  });

  it('downloads a DOCX that holds the typed text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-docx"]').click()]);
    expect(download.suggestedFilename()).toBe(`CT-27-TU-${TYPED.date}.docx`);
    const file = join(workDir, 'out.docx');
    await download.saveAs(file);
    const text = norm(docxText(readFileSync(file)));
    for (const s of [TYPED.issuer, 'Số 27-CT/TU', TYPED.summary, ...TYPED.headings, ...TYPED.paragraphs.map((p) => p.replace(/\.$/, '')), ...TYPED.recipients]) {
      expect(text).toContain(norm(s));
    }
  });

  it('downloads a PDF that holds the typed text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-pdf"]').click()]);
    expect(download.suggestedFilename()).toBe(`CT-27-TU-${TYPED.date}.pdf`);
    const file = join(workDir, 'out.pdf');
    await download.saveAs(file);
    const text = norm(pdfText(file));
    for (const s of [TYPED.issuer, 'Số 27-CT/TU', TYPED.summary, ...TYPED.headings, ...TYPED.paragraphs.map((p) => p.replace(/\.$/, '')), ...TYPED.recipients]) {
      expect(text).toContain(norm(s));
    }
  });

  it('keeps the draft across a reload', async () => {
    await page.reload();
    await page.locator('[name="issuer.name"]').waitFor();
    expect(await page.locator('[name="issuer.name"]').inputValue()).toBe(TYPED.issuer);
    expect(await page.locator('[name="title.summary"]').inputValue()).toBe(TYPED.summary);
    expect(await page.locator('[name="date"]').inputValue()).toBe(TYPED.date);
    const blocks = page.locator('[data-testid="rich-body"] > *');
    await blocks.nth(firstNew).waitFor();
    expect(await blocks.nth(firstNew).locator('.rb-title').textContent()).toBe(TYPED.headings[0]);
    expect(await blocks.nth(firstNew + 3).textContent()).toBe(TYPED.paragraphs[1]);
    const entries = await page.locator('[data-path="recipients.entries"] input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(entries.slice(-3)).toEqual(TYPED.recipients);
  });

  it('switches the interface to English and remembers it', async () => {
    await page.locator('[data-testid="language-switch"]').click();
    await expect.poll(() => page.locator('label[for="f-issuer.name"]').textContent()).toBe('Issuing body');
    expect(await page.locator('#sec-signature h2').textContent()).toBe('Signature');
    // The document's own text is not translated.
    expect(await page.locator('[data-testid="number-line"]').textContent()).toBe('Số 27-CT/TU');
    await page.reload();
    await expect.poll(() => page.locator('label[for="f-issuer.name"]').textContent()).toBe('Issuing body');
  });

  it('refuses a broken .json file and changes nothing', async () => {
    await page.goto(`${baseUrl}#/start`);
    await page.locator('[data-testid="draft-list"] > li').first().waitFor();
    const before = await page.locator('[data-testid="draft-list"] > li').count();
    await page.locator('[data-testid="import-json"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "kind": ') });
    const message = page.locator('[data-testid="start-message"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('not a valid JSON file');
    expect(await message.getAttribute('role')).toBe('alert');
    await page.locator('[data-testid="import-json"]').setInputFiles({
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"__proto__": {"polluted": true}, "schemaVersion": 1}'),
    });
    await expect.poll(() => message.textContent()).toContain('__proto__');
    expect(await page.locator('[data-testid="draft-list"] > li').count()).toBe(before);
  });
});

describe('a State Thông báo kết luận with a table, an error and a template of one\'s own', () => {
  it('fills a table from cells pasted out of Excel', async () => {
    await page.goto(`${baseUrl}#/start`);
    await page.locator('[data-template-source="builtin"][data-template-kind="thong-bao-ket-luan"][data-template-family="state"] .template-use').click();
    await page.locator('[name="issuer.name"]').waitFor();
    const surface = page.locator('[data-testid="rich-body"]');
    const n = await surface.locator(':scope > *').count();
    // A table goes after the block the cursor is in: the last one here. Its grid opens from its button.
    await surface.click();
    await page.keyboard.press('Control+End');
    await page.locator('[data-testid="tool-table"]').click();
    await page.locator(`[data-testid="body.${n}.edit"]`).click();
    const first = `body.${n}.header.0`;
    await page.locator(`[name="${first}"]`).waitFor();
    await page.evaluate((name) => {
      const el = document.querySelector(`[name="${name}"]`);
      const data = new DataTransfer();
      data.setData('text/plain', 'STT\tNội dung\tKết quả\r\n1\tHạ tầng số\t95%\r\n2\t"Ứng dụng\nCNTT"\t80%\r\n');
      el?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, first);
    const cells = () => page.locator(`[data-path="body.${n}"] table.grid textarea`).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    await expect.poll(cells).toEqual(['STT', 'Nội dung', 'Kết quả', '1', 'Hạ tầng số', '95%', '2', 'Ứng dụng\nCNTT', '80%']);
    await expect.poll(async () => norm((await page.locator('[data-testid="preview"]').textContent()) ?? '')).toContain(norm('Hạ tầng số'));
  });

  it('shows an error on its field and takes the user there from the findings', async () => {
    const issuer = page.locator('[name="issuer.name"]');
    await issuer.fill('');
    await issuer.blur();
    const error = page.locator('[id="f-issuer.name-error"]');
    await error.waitFor();
    // The UI is in English since the language switch above.
    expect(await error.textContent()).toContain('Required.');
    expect(await issuer.getAttribute('aria-invalid')).toBe('true');
    const finding = page.locator('.finding-button', { hasText: 'Issuing body' }).first();
    await finding.waitFor();
    await page.locator('[name="recipients.archive"]').focus();
    await finding.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('issuer.name');
    // Downloading is refused while the form has errors.
    await page.locator('[data-testid="download-docx"]').click();
    await expect.poll(() => page.locator('[data-testid="notice"]').textContent()).toContain('errors');
    await issuer.fill('VĂN PHÒNG');
    await expect.poll(() => error.count()).toBe(0);
    await waitSaved(page);
  });

  it('saves the draft as a template that the start screen then offers', async () => {
    await page.locator('[data-testid="save-template"]').click();
    await page.locator('#tpl-title').fill('Thông báo kết luận của Văn phòng');
    await page.locator('#tpl-title').press('Enter');
    await expect.poll(() => page.locator('[data-testid="notice"]').textContent()).toContain('Thông báo kết luận của Văn phòng');
    await page.goto(`${baseUrl}#/start`);
    const mine = page.locator('[data-template-source="user"]', { hasText: 'Thông báo kết luận của Văn phòng' });
    await mine.waitFor();
    expect(await mine.getAttribute('data-template-kind')).toBe('thong-bao-ket-luan');
  });
});
