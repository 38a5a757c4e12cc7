// Pasted text → a Document draft, as a pipeline of small steps:
//   read (lines, with page furniture and appendices set aside) → regions (header, title block,
//   Kính gửi, body, closing: regions.ts) → fields (fields.ts) → the draft (assemble.ts) → what was
//   found and what is missing (result.ts).
// A required field that was not found holds PLACEHOLDER so that the UI can ask for it. No source
// line is dropped except Word field remnants ("PAGE") and the marks a rule book prints by itself
// (Quốc hiệu, "*", rules, labels): anything not recognised stays in the body as a paragraph.
import { documentSchema } from '../model';
import { splitAppendices } from './appendix';
import { assemble, assemblePlain } from './assemble';
import { todayIso } from './defaults';
import { readFields } from './fields';
import { splitFurniture } from './furniture';
import { isFieldRemnant, readLines, type SourceLine } from './lines';
import { findRegions } from './regions';
import { allMissing, summarise, type ImportOptions, type ImportResult } from './result';

export { PLACEHOLDER } from './defaults';
export { documentText } from './documentText';
export { NOTHING_MISSING, RECOGNISED_PARTS, REQUIRED_PARTS, includeLeftovers } from './result';
export type { ImportOptions, ImportResult, MissingPart, RecognisedPart, RequiredPart } from './result';

/** importText without its safety net: throws if the draft breaks the schema (a bug). */
export function importTextOrThrow(text: string, options: ImportOptions = {}): ImportResult {
  const source = readSource(text);
  const regions = findRegions(source.lines);
  const fields = readFields(regions, source.appendices, todayIso(options));
  const document = documentSchema.parse(assemble(fields));
  return summarise(document, fields, source.leftovers);
}

/**
 * Pasted plain text → a Document draft. Never throws: a text that cannot be read part by part
 * comes back as paragraphs.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importTextOrThrow(text, options);
  } catch {
    return plainDraft(text, options);
  }
}

/** The text's lines (Word field remnants dropped), its page furniture and its appendices apart. */
function readSource(text: string): { lines: SourceLine[]; appendices: SourceLine[][]; leftovers: string[] } {
  const furniture = splitFurniture(textLines(text));
  const split = splitAppendices(furniture.lines);
  return { lines: split.main, appendices: split.appendices, leftovers: furniture.leftovers };
}

function textLines(text: string): SourceLine[] {
  return readLines(text).filter((l) => !isFieldRemnant(l.text));
}

/** The last resort: every line a paragraph. Only reached if the reader above has a bug. */
function plainDraft(text: string, options: ImportOptions): ImportResult {
  const lines = textLines(text);
  return {
    document: documentSchema.parse(assemblePlain(lines, todayIso(options))),
    recognised: [],
    missing: allMissing(),
    unplaced: lines.map((l) => l.text),
    unrecognisedLines: lines.length,
    leftovers: [],
  };
}
