// @vitest-environment jsdom
// The import panel with a Vanban DOCX edited in Word: the edits are listed with the result, in
// the UI's language; an unedited file lists none.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLES } from '../../src/templates';
import { ImportPanel } from '../../src/ui/ImportPanel';
import { host, mount, useDomHost } from '../ui/editorHarness';
import { edited, exported, replaceText } from './wordEditFiles';

useDomHost();

const doc = (SAMPLES[0] as (typeof SAMPLES)[number]).document;

async function choose(bytes: Uint8Array): Promise<void> {
  const input = host.querySelector('[data-testid="import-docx"]') as HTMLInputElement;
  const file = new File([bytes.slice().buffer], 'van-ban.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(host.querySelector('[data-testid="import-result"]')).not.toBeNull(), { timeout: 60_000, interval: 50 });
}

describe('ImportPanel: a Vanban DOCX edited after export', () => {
  it('lists the edits with the result', async () => {
    const file = edited(await exported(doc), (xml) => replaceText(xml, doc.signature.name, 'Trần Thị Bình'));
    const opened: string[] = [];
    await mount(<ImportPanel onOpen={(d) => opened.push(d.signature.name)} />, 'en');
    await choose(file);
    const items = [...host.querySelectorAll('[data-testid="import-changes"] li')].map((li) => li.textContent);
    expect(items).toEqual([`Signer: ${doc.signature.name} → Trần Thị Bình`]);
    await act(async () => {
      (host.querySelector('.import-actions .button.primary') as HTMLButtonElement).click();
    });
    expect(opened).toEqual(['Trần Thị Bình']);
  });

  it('lists nothing for a file as it was exported', async () => {
    await mount(<ImportPanel onOpen={() => undefined} />, 'vi');
    await choose(await exported(doc));
    expect(host.querySelector('[data-testid="import-changes"]')).toBeNull();
  });
});
