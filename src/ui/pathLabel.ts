// A dotted Document path in words, for findings and import results.
import type { TFunction } from 'i18next';

/** "Chữ ký › họ tên người ký", "Nội dung › khối 4". */
export function pathLabel(path: string, t: TFunction): string {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  const section = t(`path.${head}`, { defaultValue: head });
  if (head === 'body' && parts[1] !== undefined && /^\d+$/.test(parts[1])) return `${section} › ${t('path.block', { n: Number(parts[1]) + 1 })}`;
  if ((head === 'addressees' || (head === 'recipients' && parts[1] === 'entries')) && parts.length > (head === 'addressees' ? 1 : 2)) {
    const n = Number(parts[head === 'addressees' ? 1 : 2]);
    if (Number.isInteger(n)) return `${section} › ${t('path.entry', { n: n + 1 })}`;
  }
  const leaf = parts.length > 1 ? t(`path.${parts.join('_')}`, { defaultValue: '' }) : '';
  return leaf ? `${section} › ${leaf}` : section;
}
