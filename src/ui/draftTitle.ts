// The name a draft shows in lists and in the editor's bar: the one the user gave it, else its kind
// and the start of its trích yếu.
import type { TFunction } from 'i18next';
import { KIND_IDS, type DocumentInput } from '../model';
import { KINDS } from '../standards';

export function draftDisplayTitle(title: string, document: DocumentInput | undefined, t: TFunction): string {
  if (title.trim()) return title.trim();
  const kind = document && (KIND_IDS as readonly string[]).includes(document.kind) ? document.kind : undefined;
  const kindName = kind ? t(`kinds.${kind}`, { defaultValue: KINDS[kind].label }) : t('drafts.untitled');
  const summary = (document?.title?.summary ?? '').replace(/\s+/g, ' ').trim();
  return summary ? `${kindName}: ${summary.length > 70 ? `${summary.slice(0, 70)}…` : summary}` : kindName;
}
