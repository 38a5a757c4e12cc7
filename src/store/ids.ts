// Identifiers for drafts and user templates.

/** A random draft id; crypto.randomUUID where the browser has it. */
export function newDraftId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A template id from its title: ASCII, lower case, hyphens — the pattern templateFileSchema
 * accepts ("Thông báo kết luận" → "user-thong-bao-ket-luan").
 */
export function templateIdFromTitle(title: string, taken: ReadonlySet<string>): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = `user-${slug || 'mau'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
