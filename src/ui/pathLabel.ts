// A dotted Document path in words, for findings and import results.
import type { TFunction } from 'i18next';

/** "Chữ ký › họ tên người ký", "Nội dung › khối 4", "Phụ lục thứ 1 › tên phụ lục". */
export function pathLabel(path: string, t: TFunction): string {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  const section = t(`path.${head}`, { defaultValue: head });
  if (head === 'body' && parts[1] !== undefined && /^\d+$/.test(parts[1])) return `${section} › ${t('path.block', { n: Number(parts[1]) + 1 })}`;
  // "appendices.0.body.2.text" → "Phụ lục thứ 1 › khối 3"; an ordinal, since the printed label
  // ("Phụ lục I" or "Phụ lục 1") depends on the rule book, which a path does not carry.
  if (head === 'appendices' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const appendix = t('path.appendix', { n: Number(parts[1]) + 1 });
    const field = parts[2];
    if (field === 'body' && parts[3] !== undefined && /^\d+$/.test(parts[3])) return `${appendix} › ${t('path.block', { n: Number(parts[3]) + 1 })}`;
    const leaf = field ? t(`path.appendix_${field}`, { defaultValue: '' }) : '';
    return leaf ? `${appendix} › ${leaf}` : appendix;
  }
  if ((head === 'addressees' || (head === 'recipients' && parts[1] === 'entries')) && parts.length > (head === 'addressees' ? 1 : 2)) {
    const n = Number(parts[head === 'addressees' ? 1 : 2]);
    if (Number.isInteger(n)) return `${section} › ${t('path.entry', { n: n + 1 })}`;
  }
  const leaf = parts.length > 1 ? t(`path.${parts.join('_')}`, { defaultValue: '' }) : '';
  return leaf ? `${section} › ${leaf}` : section;
}
