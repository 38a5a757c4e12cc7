// @vitest-environment jsdom
// The import summary in the app: each part found and each part missing, the lines it could not
// place, and the leftovers (stamp, page numbers) offered with checkboxes, dropped by default.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/model';
import { createI18n } from '../../src/i18n';
import { ImportPanel } from '../../src/ui/ImportPanel';
import { focusWhenReady } from '../../src/ui/ImportReport';

const TEXT = [
  'UBND TỈNH LÀO CAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'VĂN PHÒNG                Độc lập - Tự do - Hạnh phúc',
  'Số: 12/TB-VP             Lào Cai, ngày 05 tháng 3 năm 2024',
  'THÔNG BÁO',
  'Về việc nghỉ lễ',
  'Cơ quan thông báo lịch nghỉ lễ./.',
  'Trang 1/2',
  'Nơi nhận:',
  '- Các phòng;',
  '- Lưu: VT.',
  'KT. CHÁNH VĂN PHÒNG',
  'Nguyễn Văn An',
  'Người ký: Văn phòng UBND tỉnh Lào Cai',
  'Email: vanphong@laocai.gov.vn',
].join('\n');

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function importPasted(onOpen: (doc: Document) => void): Promise<HTMLElement> {
  await act(async () => {
    root = createRoot(host);
    root.render(
      <I18nextProvider i18n={createI18n('vi')}>
        <ImportPanel onOpen={onOpen} />
      </I18nextProvider>,
    );
  });
  const area = host.querySelector('textarea') as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, TEXT);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Nhận dạng') as HTMLButtonElement;
  await act(async () => {
    button.click();
  });
  for (let i = 0; i < 50 && !host.querySelector('[data-testid="import-result"]'); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
  return host.querySelector('[data-testid="import-result"]') as HTMLElement;
}

describe('import summary', () => {
  it('lists the missing position and does not tick the signature', async () => {
    const result = await importPasted(() => {});
    expect(result).not.toBeNull();
    const found = [...result.querySelectorAll('ul.recognised:not(.missing) li')].map((li) => li.textContent ?? '');
    expect(found.some((t) => /Số, ký hiệu/.test(t))).toBe(true);
    expect(found.some((t) => /Chữ ký/.test(t))).toBe(false);
    const missing = result.querySelector('[data-testid="import-missing"]')?.textContent ?? '';
    expect(missing).toContain('Không tìm thấy chức vụ người ký');
    expect(missing).not.toContain('Không tìm thấy họ tên người ký');
  });

  it('offers the stamp and the page number unticked, and adds only the ticked ones to the body', async () => {
    const onOpen = vi.fn<(doc: Document) => void>();
    const result = await importPasted(onOpen);
    const boxes = [...result.querySelectorAll<HTMLInputElement>('[data-testid="import-leftovers"] input[type=checkbox]')];
    const labels = [...result.querySelectorAll('[data-testid="import-leftovers"] li')].map((li) => li.textContent?.trim());
    expect(labels).toEqual(['Trang 1/2', 'Người ký: Văn phòng UBND tỉnh Lào Cai', 'Email: vanphong@laocai.gov.vn']);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    await act(async () => {
      boxes[2]?.click();
    });
    const open = result.querySelector('.import-actions .button.primary') as HTMLButtonElement;
    await act(async () => {
      open.click();
    });
    for (let i = 0; i < 50 && onOpen.mock.calls.length === 0; i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
    const doc = onOpen.mock.calls[0]?.[0] as Document;
    const texts = doc.body.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(texts[texts.length - 1]).toBe('Email: vanphong@laocai.gov.vn');
    expect(texts.join('\n')).not.toMatch(/Trang 1\/2|Người ký/);
  });

  it('opens the draft from a missing part', async () => {
    const onOpen = vi.fn<(doc: Document) => void>();
    const result = await importPasted(onOpen);
    const item = result.querySelector('[data-testid="import-missing"] li[data-part="position"] button') as HTMLButtonElement;
    await act(async () => {
      item.click();
    });
    for (let i = 0; i < 50 && onOpen.mock.calls.length === 0; i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('focuses the missing field once the editor shows it', async () => {
    focusWhenReady('signature.position');
    await new Promise((r) => setTimeout(r, 150));
    const input = document.createElement('input');
    input.name = 'signature.position';
    host.appendChild(input);
    await new Promise((r) => setTimeout(r, 250));
    expect(document.activeElement).toBe(input);
    // Something to unmount for afterEach.
    await act(async () => {
      root = createRoot(document.createElement('div'));
    });
  });
});
