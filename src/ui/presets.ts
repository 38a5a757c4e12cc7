// Usual Nơi nhận entries and "Lưu" lines of provincial offices, offered as one-click additions.
// They are document text (Vietnamese), never translated.
import type { StandardFamily } from '../model';

export const RECIPIENT_PRESETS: Record<StandardFamily, readonly string[]> = {
  state: ['Như trên', 'TT. Tỉnh ủy', 'TT. HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'LĐVP', 'Các sở, ban, ngành tỉnh'],
  party: [
    'Thường trực Tỉnh ủy',
    'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
    'Các sở, ban, ngành, đoàn thể cấp tỉnh',
    'Các đảng bộ trực thuộc Tỉnh ủy',
  ],
};

/** What usually follows "Lưu". */
export const ARCHIVE_HINT: Record<StandardFamily, string> = {
  state: 'VT, TH (2)',
  party: 'Văn phòng Tỉnh ủy',
};

/** Examples shown under the signature's "on behalf of" field. */
export const SIGNATURE_ON_HINT: Record<StandardFamily, string> = {
  state: 'ỦY BAN NHÂN DÂN',
  party: 'BAN THƯỜNG VỤ',
};
