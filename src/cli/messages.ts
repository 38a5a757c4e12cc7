// The app's Vietnamese strings for the CLI, without i18next: a key looked up in vi.json and its
// {{placeholders}} filled, so the CLI says what the app says (import changes, for one).
import type { Translate } from '../import';
import vi from '../i18n/vi.json';

function lookup(key: string): string | undefined {
  let node: unknown = vi;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export const viText: Translate = (key, params = {}) => {
  const template = lookup(key) ?? (typeof params.defaultValue === 'string' ? params.defaultValue : key);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
};
