// The draft being edited, reachable from the error boundary: whatever breaks, the secretary can
// still take her text away as a .json file.
import type { DocumentInput } from '../model';

type Source = () => { document: DocumentInput; fileName: string } | undefined;

let source: Source | undefined;

export function setRecoverySource(next: Source | undefined): void {
  source = next;
}

export function recoverableDraft(): { document: DocumentInput; fileName: string } | undefined {
  try {
    return source?.();
  } catch {
    return undefined;
  }
}
