// The store: IndexedDB when the browser allows it, memory otherwise.
import { DexieDraftStore } from './dexieStore';
import { MemoryDraftStore } from './memoryStore';
import type { DraftStore } from './types';

export * from './types';
export * from './files';
export { DexieDraftStore } from './dexieStore';
export { MemoryDraftStore } from './memoryStore';
export { TabPresence, type TabEvents, type TabMessage } from './tabs';
export { newDraftId, templateIdFromTitle } from './ids';

export interface OpenedStore {
  store: DraftStore;
  /** Why IndexedDB could not be used, when the store is in memory. */
  failure?: unknown;
}

export async function openStore(name = 'vanban'): Promise<OpenedStore> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const store = await new DexieDraftStore(name).open();
    // Ask the browser not to evict drafts under storage pressure; a refusal changes nothing.
    void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
    return { store };
  } catch (failure) {
    return { store: new MemoryDraftStore(), failure };
  }
}
