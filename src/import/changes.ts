// What a re-imported Vanban DOCX says differently from the Document it embeds: one ImportChange
// per edit made after export (in Word or elsewhere), and its message in words. The message is
// put together here once, through a translate function, so that the app (i18next) and the CLI
// (its own Vietnamese) say the same thing.
import type { Appendix, Block } from '../model';
import { blockText } from './body';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeValue = string | number | boolean | null | Block | Appendix;

export interface ImportChange {
  /**
   * Dotted Document path: "signature.name", "number.value", "recipients.entries.3", "body.2",
   * "appendices.0.body.1". A block or entry that was removed is numbered as in the embedded
   * Document; one added or changed, as in the imported one.
   */
  path: string;
  kind: ChangeKind;
  /** The embedded Document's value (absent when added). */
  before?: ChangeValue;
  /** The file's value (absent when removed). */
  after?: ChangeValue;
}

/** i18next's t, or anything that resolves the same keys (the CLI's own). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const EXCERPT = 60;

function isBlock(v: ChangeValue | undefined): v is Block {
  return typeof v === 'object' && v !== null && 'type' in v;
}

function isAppendix(v: ChangeValue | undefined): v is Appendix {
  return typeof v === 'object' && v !== null && 'title' in v && 'body' in v;
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function valueText(v: ChangeValue | undefined, path: string, t: Translate): string {
  if (v === undefined || v === null || v === '') return t('importChanges.blank');
  if (isBlock(v)) return excerpt(blockText(v));
  if (isAppendix(v)) return excerpt(v.title);
  if (typeof v === 'string' && path === 'signature.authority') return t(`authority.${v}`, { defaultValue: v });
  if (typeof v === 'string' && path === 'kind') return t(`kinds.${v}`, { defaultValue: v });
  if (typeof v === 'string' && path === 'dateBlank') return t(`importChanges.dateBlank.${v}`, { defaultValue: v });
  if (typeof v === 'string' && path === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v.split('-').reverse().join('/');
  if (typeof v === 'string' && path === 'standard.family') return t(`standard.${v}`, { defaultValue: v });
  return excerpt(String(v));
}

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "appendices.0.body.2" → { appendix: 0, rest: ["body", "2"] }. */
function splitAppendix(path: string): { appendix?: number; rest: string[] } {
  const parts = path.split('.');
  if (parts[0] === 'appendices' && parts[1] !== undefined && /^\d+$/.test(parts[1])) return { appendix: Number(parts[1]), rest: parts.slice(2) };
  return { rest: parts };
}

function blockMessage(change: ImportChange, n: number, t: Translate): string {
  const block = isBlock(change.after) ? change.after : isBlock(change.before) ? change.before : undefined;
  const what = t(`importChanges.block.${block?.type ?? 'paragraph'}`);
  const params = { what, What: capitalised(what), n, text: valueText(change.kind === 'removed' ? change.before : change.after, '', t) };
  return t(`importChanges.block_${change.kind}`, params);
}

function entryMessage(change: ImportChange, list: 'recipients' | 'addressees', n: number, t: Translate): string {
  const label = t(`importChanges.list.${list}`);
  const params = {
    list: label,
    List: capitalised(label),
    n,
    before: valueText(change.before, '', t),
    after: valueText(change.after, '', t),
    text: valueText(change.kind === 'removed' ? change.before : change.after, '', t),
  };
  return t(`importChanges.entry_${change.kind}`, params);
}

function fieldMessage(change: ImportChange, field: string, t: Translate): string {
  const key = field.replace(/\./g, '_');
  const params = {
    field: t(`importChanges.field.${key}`, { defaultValue: field }),
    before: valueText(change.before, field, t),
    after: valueText(change.after, field, t),
  };
  // A field may have words of its own for a kind of change ("Đã điền ngày để trống").
  const own = t(`importChanges.own.${key}_${change.kind}`, { ...params, defaultValue: '' });
  return own || t(`importChanges.field_${change.kind}`, params);
}

/** One change in words: "Người ký: Nguyễn Văn A → Trần Thị B", "Đoạn 3 đã sửa: “…”", "Thêm 1 nơi nhận: …". */
export function changeMessage(change: ImportChange, t: Translate): string {
  const { appendix, rest } = splitAppendix(change.path);
  const prefix = appendix === undefined ? '' : t('importChanges.inAppendix', { n: appendix + 1 });
  const [head, index, more] = rest;
  const n = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : 0;
  if (appendix !== undefined && rest.length === 0) {
    const text = valueText(change.kind === 'removed' ? change.before : change.after, '', t);
    return t(`importChanges.appendix_${change.kind}`, { n: appendix + 1, text });
  }
  if (head === 'body' && n > 0) return prefix + blockMessage(change, n, t);
  if (head === 'addressees' && n > 0) return entryMessage(change, 'addressees', n, t);
  if (head === 'recipients' && index === 'entries' && more !== undefined && /^\d+$/.test(more)) {
    return entryMessage(change, 'recipients', Number(more) + 1, t);
  }
  return prefix + fieldMessage(change, appendix === undefined ? rest.join('.') : `appendix.${rest.join('.')}`, t);
}
