// Document kinds as data: tên loại and type abbreviation per rule book.
// State codes: NĐ 30/2020 Phụ lục III. Party codes: HD 36-HD/VPTW §3.1, HD 05-HD/VPTW §II.I.3.1.2
// (a "Thông báo kết luận" is a Thông báo: TB; KL is the separate kind Kết luận).
import type { KindId } from '../model';
import type { KindSpec } from './types';

export const KINDS: Record<KindId, KindSpec> = {
  'thong-bao-ket-luan': {
    id: 'thong-bao-ket-luan',
    typeName: 'THÔNG BÁO',
    typeCode: { state: 'TB', party: 'TB' },
    label: 'Thông báo kết luận',
    addressees: false,
  },
  'chi-thi': {
    id: 'chi-thi',
    typeName: 'CHỈ THỊ',
    typeCode: { state: 'CT', party: 'CT' },
    label: 'Chỉ thị',
    addressees: false,
  },
  'bao-cao-tong-ket': {
    id: 'bao-cao-tong-ket',
    typeName: 'BÁO CÁO',
    typeCode: { state: 'BC', party: 'BC' },
    label: 'Báo cáo tổng kết',
    addressees: false,
  },
  'thong-bao': {
    id: 'thong-bao',
    typeName: 'THÔNG BÁO',
    typeCode: { state: 'TB', party: 'TB' },
    label: 'Thông báo',
    addressees: false,
  },
  'bao-cao': {
    id: 'bao-cao',
    typeName: 'BÁO CÁO',
    typeCode: { state: 'BC', party: 'BC' },
    label: 'Báo cáo',
    addressees: true,
  },
  'ke-hoach': {
    id: 'ke-hoach',
    typeName: 'KẾ HOẠCH',
    typeCode: { state: 'KH', party: 'KH' },
    label: 'Kế hoạch',
    addressees: false,
  },
  'cong-van': {
    id: 'cong-van',
    typeName: '',
    typeCode: { state: null, party: 'CV' },
    label: 'Công văn',
    addressees: true,
  },
  'quyet-dinh': {
    id: 'quyet-dinh',
    typeName: 'QUYẾT ĐỊNH',
    typeCode: { state: 'QĐ', party: 'QĐ' },
    label: 'Quyết định',
    addressees: false,
  },
  'nghi-quyet': {
    id: 'nghi-quyet',
    typeName: 'NGHỊ QUYẾT',
    typeCode: { state: 'NQ', party: 'NQ' },
    label: 'Nghị quyết',
    addressees: false,
  },
  'ket-luan': {
    id: 'ket-luan',
    typeName: 'KẾT LUẬN',
    typeCode: { state: null, party: 'KL' },
    label: 'Kết luận',
    addressees: false,
  },
  'to-trinh': {
    id: 'to-trinh',
    typeName: 'TỜ TRÌNH',
    typeCode: { state: 'TTr', party: 'TTr' },
    label: 'Tờ trình',
    addressees: true,
  },
};

/** Every type code of either rule book, to recognise a symbol that belongs to another kind. */
export const ALL_TYPE_CODES: readonly string[] = [
  ...new Set(Object.values(KINDS).flatMap((k) => [k.typeCode.state, k.typeCode.party]).filter((c): c is string => !!c)),
  'QyĐ', 'QĐi', 'TT', 'HD', 'CTr', 'ĐA', 'PA', 'BB', 'GM', 'GGT',
];
