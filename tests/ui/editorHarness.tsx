// The jsdom stage the editor tests share: a host element per test, React mounted in it with the
// app's i18n, the Editor opened on a draft, and typing as a user does.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createI18n } from '../../src/i18n';
import type { MemoryDraftStore } from '../../src/store';
import Editor from '../../src/ui/editor/Editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The current test's host element (a live binding: a new one for every test). */
export let host: HTMLDivElement;
let root: Root | undefined;

/** Call once at the top of a test file: a fresh host before each test, all unmounted after. */
export function useDomHost(cleanup?: () => void): void {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.appendChild(host);
    // jsdom has no layout: scrolling is a no-op here.
    Element.prototype.scrollIntoView = function scrollIntoView() {};
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    host.remove();
    vi.restoreAllMocks();
    cleanup?.();
  });
}

export async function mount(node: ReactNode, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await act(async () => {
    root = createRoot(host);
    root.render(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
  });
}

export async function renderEditor(store: MemoryDraftStore, draftId: string, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await mount(<Editor store={store} draftId={draftId} memoryOnly={false} onHome={() => undefined} onOpenDraft={() => undefined} />, lang);
  await vi.waitFor(() => expect(host.querySelector('[name="issuer.name"]')).not.toBeNull());
}

export function field(name: string): HTMLInputElement | HTMLTextAreaElement {
  const el = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

/** Types as a user does: the native setter, then the input event React listens to. */
export async function type(name: string, value: string): Promise<void> {
  const el = field(name);
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
