// @vitest-environment jsdom
// Opening the imported draft: a failure there is shown to the user, not left as an unhandled
// rejection of the click's promise.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { ImportPanel } from '../../src/ui/ImportPanel';

const TEXT = ['UBND TỈNH LÀO CAI', 'VĂN PHÒNG', 'Số: 12/TB-VP', 'Lào Cai, ngày 05 tháng 3 năm 2024', 'THÔNG BÁO', 'Về việc nghỉ lễ', 'Cơ quan thông báo lịch nghỉ lễ./.'].join('\n');

let host: HTMLDivElement | undefined;
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const settle = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 50 && !done(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
};

it('shows an error when opening the draft fails', async () => {
  const el = document.createElement('div');
  host = el;
  document.body.appendChild(el);
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  await act(async () => {
    root = createRoot(el);
    root.render(
      <I18nextProvider i18n={createI18n('vi')}>
        <ImportPanel
          onOpen={() => {
            throw new Error('quota exceeded');
          }}
        />
      </I18nextProvider>,
    );
  });
  const area = el.querySelector('textarea') as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, TEXT);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const recognise = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Nhận dạng') as HTMLButtonElement;
  await act(async () => {
    recognise.click();
  });
  await settle(() => !!el.querySelector('[data-testid="import-result"]'));
  const open = el.querySelector('.import-actions .button.primary') as HTMLButtonElement;
  expect(open).not.toBeNull();
  await act(async () => {
    open.click();
  });
  await settle(() => !!el.querySelector('[data-testid="import-error"]'));
  expect(el.querySelector('[data-testid="import-error"]')?.textContent).toContain('quota exceeded');
});
