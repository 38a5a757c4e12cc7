// Text as the model keeps it: NFC (pasted text may carry combining tone marks) and without the
// characters an XML document may not hold (C0 controls other than tab and line feed, lone
// surrogates, U+FFFE/U+FFFF), which would make Word refuse the DOCX.
import { z } from './zod';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function cleanText(s: string): string {
  // A carriage return is a line break typed on Windows: keep the break, not the character.
  return s.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '').normalize('NFC');
}

export const text = z.string().transform(cleanText);
