// The built app's import screen with a Vanban DOCX edited in Word after export: the edits are
// listed with the result, and the draft opened from it carries them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/templates';
import { edited, exported, removeParagraph, replaceText } from '../import/wordEditFiles';
import { appUrl, openSession, type Session } from './browser';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

describe('import screen: a Vanban DOCX edited in Word', () => {
  it('lists the edits and opens a draft that has them', async () => {
    const doc = (SAMPLES[0] as (typeof SAMPLES)[number]).document;
    const second = doc.recipients.entries[1] as string;
    const bytes = edited(await exported(doc), (xml) => removeParagraph(replaceText(xml, doc.signature.name, 'Trần Thị Bình'), `- ${second}`));
    const { page } = session;
    await page.goto(`${appUrl()}#/start`);
    await page.locator('[data-testid="import-docx"]').setInputFiles({
      name: 'thong-bao.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(bytes),
    });
    const changes = page.locator('[data-testid="import-changes"] li');
    await changes.first().waitFor();
    expect(await changes.allTextContents()).toEqual([`Bỏ 1 nơi nhận: ${second}`, `Người ký: ${doc.signature.name} → Trần Thị Bình`]);
    await page.locator('[data-testid="import-result"] .button.primary').click();
    await expect.poll(() => page.locator('[name="signature.name"]').inputValue()).toBe('Trần Thị Bình');
    expect(session.cspViolations).toEqual([]);
  });
});
