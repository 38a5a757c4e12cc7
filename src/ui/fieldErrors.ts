// Zod's messages are stable keys ("required", "date_invalid"); zod's own issue codes name the rest.
// Both become UI text here, in the UI language.
import type { TFunction } from 'i18next';

export const MESSAGE_KEYS = ['required', 'date_format', 'date_invalid', 'too_long', 'id_format', 'not_object'] as const;

export interface ErrorLike {
  message?: string;
  type?: string | number;
}

export function errorText(error: ErrorLike, t: TFunction): string {
  const message = error.message ?? '';
  if ((MESSAGE_KEYS as readonly string[]).includes(message)) return t(`fieldError.${message}`);
  const code = typeof error.type === 'string' ? error.type : '';
  if (code) {
    const text = t(`fieldError.code.${code}`, { defaultValue: '' });
    if (text) return text;
  }
  return t('fieldError.invalid');
}
