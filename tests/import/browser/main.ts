// Page for tests/import/browser.test.ts: importDocx as the app's bundle has it.
import { ImportError, importDocx } from '../../../src/import';

function bytesOf(base64: string): Uint8Array {
  const bin = atob(base64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const w = window as unknown as Record<string, unknown>;
w.importBase64 = async (base64: string): Promise<unknown> => {
  try {
    const result = await importDocx(bytesOf(base64).buffer as ArrayBuffer, { today: '2024-05-06' });
    return { ok: true, result };
  } catch (e) {
    return { ok: false, name: (e as Error).name, message: (e as Error).message, isImportError: e instanceof ImportError };
  }
};
w.ready = true;
