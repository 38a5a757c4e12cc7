// Text typed before Unicode in Vietnamese offices: the TCVN3 (ABC, fonts .VnTime/.VnTimeH) and
// VNI (fonts VNI-Times) encodings. Such a file reads as Latin-1 gibberish once decoded as
// windows-1252 or stored by Word as "Unicode" characters of a non-Unicode font:
// "Céng hoµ x· héi chñ nghÜa ViÖt Nam" is TCVN3 for "Cộng hoà xã hội chủ nghĩa Việt Nam",
// "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" is VNI for the same. This module finds which
// encoding a text is in and converts it to Unicode NFC. Pure: no I/O, no dependency.
//
// Sources of the tables:
// - TCVN3: the byte → Unicode table of TCVN 5712 in GNU libiconv, lib/tcvn.h (tcvn_2uni_2, the
//   bytes 0xA0–0xFF). The ABC fonts (VN3) use those bytes only: lower-case letters with their
//   tones, and Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7; upper-case letters with a tone are the lower-case
//   codes drawn by the ".VnTimeH" fonts (hence `upperCaseLines`). 0xB0–0xB4 are combining tone
//   marks, composed by the final NFC. Bytes below 0xA0 are left alone: in VN3 fonts they hold the
//   Windows punctuation (quotes, dashes), not letters.
// - VNI: the VNI-Windows sequences of duydev/vietnamese-conversion, src/charsets.ts (a base letter
//   followed by a mark character, or one character for đ ơ ư ĩ ị ỉ ỵ and their capitals).

/** TCVN3 (VN3) 0xA1–0xFF → Unicode, in byte order (GNU libiconv lib/tcvn.h). */
const TCVN3_HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

const TCVN3_MAP: ReadonlyMap<string, string> = new Map(
  Array.from(TCVN3_HIGH, (u, i) => [String.fromCharCode(0xa1 + i), u] as [string, string]),
);

/** Unicode letters in NFC order and their VNI-Windows spellings (duydev/vietnamese-conversion). */
const VNI_PAIRS: readonly (readonly [string, string])[] = (() => {
  const unicode =
    'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
  const vni = (
    'AØ AÙ AÂ AÕ EØ EÙ EÂ Ì Í OØ OÙ OÂ OÕ UØ UÙ YÙ aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù ' +
    'AÊ aê Ñ ñ Ó ó UÕ uõ Ô ô Ö ö AÏ aï AÛ aû AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä AÉ aé AÈ aè AÚ aú AÜ aü AË aë ' +
    'EÏ eï EÛ eû EÕ eõ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä Æ æ Ò ò OÏ oï OÛ oû OÁ oá OÀ oà OÅ oå OÃ oã OÄ oä ' +
    'ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï UÏ uï UÛ uû ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï YØ yø Î î YÛ yû YÕ yõ'
  ).split(' ');
  const letters = Array.from(unicode);
  if (letters.length !== vni.length) throw new Error('legacyEncoding: VNI table out of step');
  return vni.map((v, i) => [v, letters[i] as string] as const);
})();

const VNI_MAP: ReadonlyMap<string, string> = new Map(VNI_PAIRS);

/** Longest sequence first, so that "ôù" (ớ) wins over "ô" (ơ). */
const VNI_RE = new RegExp(
  [...VNI_MAP.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Characters of the Latin-1 block that Vietnamese written in Unicode never uses, but TCVN3 and
 * VNI text is full of. A line without any of them is not converted.
 */
const FOREIGN = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;

/** Letters that only Unicode Vietnamese has (ă đ ơ ư ĩ ũ and the tone-marked block U+1EA0…). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/** Frequent words of administrative Vietnamese: how a decoding is judged. */
const COMMON = new Set(
  (
    'của và các những được trong cho với người năm theo tỉnh nhà nước việc về đã có là một này công tác thực hiện ' +
    'ngày tháng số ban ủy quyết định chủ tịch việt nam cộng hòa hoà xã hội nghĩa độc lập tự do hạnh phúc nơi nhận lưu ' +
    'đảng đồng chí thông báo kết luận chỉ thị nhân dân văn phòng sở huyện phó trưởng tổ chức triển khai để đến từ ' +
    'tại trên đó vụ nhiệm phát triển kinh tế quản lý cấp thường ủy ban'
  ).split(' '),
);

function commonWords(text: string): number {
  let n = 0;
  for (const w of text.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u)) if (w && COMMON.has(w)) n++;
  return n;
}

function tcvn3Raw(line: string): string {
  let out = '';
  for (const ch of line) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}

/**
 * A line typed in a ".VnTimeH" font holds lower-case codes that the font draws as capitals:
 * "CéNG HOµ" is "CỘNG HOÀ". Such a line has no lower-case ASCII letter, and a word with two
 * capitals or more beside a lower-case code; then the whole converted line is put in upper case.
 * "Sè: 134/TB-VP" stays "Số: …": one capital beside the code could be either font.
 */
function upperCaseLine(original: string, converted: string): string {
  if (/[a-z]/.test(original)) return converted;
  const words = original.split(/[^A-Za-z\u00A1-\u00FF]+/);
  const hFont = words.some((w) => (w.match(/[A-Z]/g)?.length ?? 0) >= 2 && /[\u00A1-\u00FF]/.test(w) && tcvn3Raw(w) !== tcvn3Raw(w).toUpperCase());
  return hFont ? converted.toUpperCase() : converted;
}

/** Any character of the Latin-1 upper half: once a text is known to be legacy, such a line is converted. */
const HIGH = /[\u00A1-\u00FF]/;

function convertLine(line: string, encoding: LegacyEncoding): string {
  // "Sè" (Số) holds no FOREIGN character: in a legacy text every line with a high code is converted,
  // except a line that holds letters only Unicode has (a Unicode line pasted into the file).
  if (!HIGH.test(line) || UNICODE_VIETNAMESE.test(line)) return line;
  if (encoding === 'vni') return line.replace(VNI_RE, (m) => VNI_MAP.get(m) ?? m).normalize('NFC');
  return upperCaseLine(line, tcvn3Raw(line).normalize('NFC'));
}

/** The text converted from `encoding` to Unicode NFC, line by line (lines already in Unicode are kept). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return text
    .split(/(\r\n|[\n\r\u000B\u000C\u2028\u2029])/)
    .map((part, i) => (i % 2 === 1 ? part : convertLine(part, encoding)))
    .join('');
}

/** How many characters of a text look like legacy codes: the evidence needed before converting. */
function foreignCount(text: string): number {
  let n = 0;
  for (const ch of text) if (FOREIGN.test(ch)) n++;
  return n;
}

/**
 * The legacy encoding a text is written in, or undefined when it reads as Unicode already. A text
 * is legacy when it has legacy codes and one of the conversions gives clearly more common
 * Vietnamese words than the text as it stands.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const foreign = foreignCount(sample);
  if (foreign < 2) return undefined;
  const asIs = commonWords(sample);
  const scores: [LegacyEncoding, number][] = [
    ['tcvn3', commonWords(convertLegacy(sample, 'tcvn3'))],
    ['vni', commonWords(convertLegacy(sample, 'vni'))],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, score] = scores[0] as [LegacyEncoding, number];
  if (score < 2 || score <= asIs || score === (scores[1] as [LegacyEncoding, number])[1]) return undefined;
  return best;
}

/** The text in Unicode NFC, whatever of TCVN3, VNI or Unicode it was; with the encoding found. */
export function toUnicode(text: string): { text: string; encoding?: LegacyEncoding } {
  const encoding = detectLegacyEncoding(text);
  return encoding ? { text: convertLegacy(text, encoding), encoding } : { text };
}
