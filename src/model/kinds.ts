// Document kinds. A new kind is an id here plus its data in standards/kinds.ts and a template:
// no new code path.
export const KIND_IDS = [
  'thong-bao-ket-luan',
  'chi-thi',
  'bao-cao-tong-ket',
  'thong-bao',
  'bao-cao',
  'ke-hoach',
  'cong-van',
  'quyet-dinh',
  'nghi-quyet',
  'ket-luan',
  'to-trinh',
] as const;
export type KindId = (typeof KIND_IDS)[number];
