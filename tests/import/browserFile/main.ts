// Page for tests/import/browserFile.test.ts: importFile as the app's bundle has it (pdf.js with
// its worker served from this origin, cfb for .doc).
import { ImportError, importFile } from '../../../src/import';

function bytesOf(base64: string): Uint8Array {
  const bin = atob(base64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const w = window as unknown as Record<string, unknown>;
w.importFileBase64 = async (name: string, base64: string, today: string): Promise<unknown> => {
  try {
    const result = await importFile(name, bytesOf(base64), { today });
    return { ok: true, result };
  } catch (e) {
    return { ok: false, name: (e as Error).name, message: (e as Error).message, isImportError: e instanceof ImportError };
  }
};
w.ready = true;
