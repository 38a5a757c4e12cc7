// Template text not filled in: the built-in templates mark what the drafter must write as
// "[nội dung]", "[…]", "[Nhiệm vụ thứ nhất.]". One left in a document about to be signed would
// be printed as it stands, so it is an error, reported at the field that holds it.
import { findPlaceholders } from '../../standards';
import type { Hit, Rule } from '../types';
import { msg } from '../util';

/** Every string in a value with its dotted path ("body.3.text", "recipients.entries.1"). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], path ? `${path}.${i}` : String(i));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${key}` : key);
  }
}

export const placeholderFilled: Rule = {
  id: 'placeholder-filled',
  basis: 'NĐ 30/2020/NĐ-CP Điều 10, Điều 12 (soạn thảo, kiểm tra văn bản trước khi ký ban hành); HD 36-HD/VPTW và HD 05-HD/VPTW, ô 6',
  codes: { 'text.placeholder': 'error' },
  check({ doc }) {
    const hits: Hit[] = [];
    for (const [path, text] of strings(doc, '')) {
      const found = findPlaceholders(text);
      const first = found[0];
      if (!first) continue;
      const more = found.length - 1;
      hits.push({
        code: 'text.placeholder',
        path,
        message: msg(
          `Còn nội dung mẫu chưa điền: «${first.text}»${more ? ` và ${more} chỗ khác` : ''}. Thay bằng nội dung của văn bản trước khi trình ký.`,
          `Template text not filled in: «${first.text}»${more ? ` and ${more} more` : ''}. Replace it with the document's own text before it goes for signing.`,
        ),
      });
    }
    return hits;
  },
};

export const placeholderRules: Rule[] = [placeholderFilled];
