// @vitest-environment jsdom
// The import panel reads a file through importFile: a text file typed in TCVN3 opens as a draft,
// a PDF without text is refused with its own message in the UI's language. (A text PDF and a .doc
// through the panel: tests/e2e/importFile.test.ts, in Chromium.)
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../src/ui/ImportPanel';
import en from '../../src/i18n/en.json';
import { host, mount, useDomHost } from '../ui/editorHarness';

useDomHost();

async function choose(bytes: Uint8Array, name: string): Promise<void> {
  const input = host.querySelector('[data-testid="import-docx"]') as HTMLInputElement;
  const file = new File([bytes.slice().buffer], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(host.querySelector('[data-testid="import-result"], [data-testid="import-error"]')).not.toBeNull(), { timeout: 60_000, interval: 50 });
}

/** A one-page PDF that draws a line and holds no text, as a scan would. */
function scan(): Uint8Array {
  const parts = ['%PDF-1.4\n', '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n', '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n'];
  return new TextEncoder().encode(`${parts.join('')}trailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}

describe('ImportPanel: files other than .docx', () => {
  it('reads a text file typed in TCVN3', async () => {
    const opened: string[] = [];
    await mount(<ImportPanel onOpen={(d) => opened.push(d.issuer.name)} />, 'vi');
    const text = 'UBND TØNH KI£N GIANG\nV¡N PHßNG\nSè: 134/TB-VP\nTH¤NG B¸O\nVÒ viÖc nghØ lÔ\nNéi dung./.';
    await choose(Uint8Array.from(text, (c) => c.charCodeAt(0)), 'cu.txt');
    await act(async () => {
      (host.querySelector('.import-actions .button.primary') as HTMLButtonElement).click();
    });
    expect(opened).toEqual(['VĂN PHÒNG']);
  });

  it('says a PDF without text is a scan', async () => {
    await mount(<ImportPanel onOpen={() => undefined} />, 'en');
    await choose(scan(), 'scan.pdf');
    expect(host.querySelector('[data-testid="import-error"]')?.textContent).toBe(en.importError.scannedPdf);
  });
});
