// The page scripts/preview-shot.ts looks at: <Preview> of the test fixtures, and a long
// document (about 34 pages of headed, justified paragraphs, a 40-row table and an appendix) to
// type into. Never part of the app's bundle.
import { createRoot, type Root } from 'react-dom/client';
import type { Block, Document } from '../../src/model';
import { makeDoc, makePartyDoc } from '../../tests/fixtures/docs';
import { showPreview, typeIntoPreview, type KeystrokeResult } from '../harness/preview-keystrokes';

const SENTENCE =
  'Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tiếp tục triển khai đồng bộ các giải pháp ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, bảo đảm an toàn thông tin mạng';

function longBody(pages: number, edit: string): Block[] {
  const body: Block[] = [];
  for (let i = 0; i < pages * 4; i++) {
    if (i % 6 === 0) body.push({ type: 'heading', level: 1, title: `Nhiệm vụ trọng tâm số ${i / 6 + 1}` });
    if (i % 3 === 1) body.push({ type: 'heading', level: 2, title: 'Về hạ tầng:', text: 'Hoàn thiện mạng diện rộng.' });
    const n = 1 + (i % 4);
    let text = `${Array.from({ length: n }, () => SENTENCE).join('; ')}.`;
    if (i === pages * 2) text += edit;
    body.push({ type: 'paragraph', text });
    if (i === 20) {
      body.push({
        type: 'table',
        header: ['STT', 'Chỉ tiêu', 'Kết quả'],
        widths: [1, 5, 2],
        rows: Array.from({ length: 40 }, (_, r) => [String(r + 1), `Tỷ lệ hồ sơ giải quyết trực tuyến mức độ ${r}`, `${50 + r}%`]),
      });
    }
  }
  return body;
}

const docs: Record<string, (edit?: string) => Document> = {
  state: () => makeDoc({ marks: { urgency: 'KHẨN' } }),
  party: () => makePartyDoc(),
  long: (edit = '') => makeDoc({ body: longBody(34, edit), appendices: [{ title: 'DANH MỤC CÁC NHIỆM VỤ', body: longBody(2, '') }] }),
};

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
let root: Root = createRoot(container);

declare global {
  interface Window {
    __show: (name: string, scale: number | null) => number;
    __bench: (keys: number, scale: number | null) => Promise<KeystrokeResult>;
  }
}

window.__show = (name, scale) => {
  const doc = docs[name];
  if (!doc) throw new Error(`no fixture ${name}`);
  return showPreview(root, doc(), scale ?? undefined);
};

window.__bench = (keys, scale) => {
  // A fresh Preview: the first render measures every block.
  root.unmount();
  root = createRoot(container);
  const long = docs.long as (edit?: string) => Document;
  return typeIntoPreview(root, (edit) => long(edit), keys, scale ?? undefined);
};
