// The built-in templates and the sample documents, validated by the schema when loaded. Static
// imports so that the same list serves Vite and the Node CLI.
import { documentSchema, templateFileSchema, type Document, type TemplateFile } from './model';
import { reportYear } from './standards';

export { reportYear };
import stateTbkl from '../templates/state-thong-bao-ket-luan.json';
import partyTbkl from '../templates/party-thong-bao-ket-luan.json';
import stateCt from '../templates/state-chi-thi.json';
import partyCt from '../templates/party-chi-thi.json';
import stateBctk from '../templates/state-bao-cao-tong-ket.json';
import partyBctk from '../templates/party-bao-cao-tong-ket.json';
import sample002 from '../samples/sample-002-thong-bao-ket-luan-state.json';
import sample001 from '../samples/sample-001-chi-thi-party.json';
import sample000 from '../samples/sample-000-thong-bao-ket-luan-party.json';
import sample003 from '../samples/sample-003-bao-cao-tong-ket-state.json';

const templateData: unknown[] = [stateTbkl, partyTbkl, stateCt, partyCt, stateBctk, partyBctk];
const sampleData: unknown[] = [sample002, sample001, sample000, sample003];

function load(list: unknown[]): TemplateFile[] {
  return list.map((t) => templateFileSchema.parse(t));
}

export const BUILTIN_TEMPLATES: TemplateFile[] = load(templateData);
export const SAMPLES: TemplateFile[] = load(sampleData);

export function findTemplate(id: string): TemplateFile | undefined {
  return [...BUILTIN_TEMPLATES, ...SAMPLES].find((t) => t.id === id);
}

/** Replaces {N}, {N+1}, {N-1} in every string of a document with the report year. */
export function fillYears(doc: Document): Document {
  const n = reportYear(doc.date);
  const json = JSON.stringify(doc).replace(/\{N([+-]\d+)?\}/g, (_m, off: string | undefined) => String(n + Number(off ?? 0)));
  return documentSchema.parse(JSON.parse(json));
}

/** A new document from a template, dated `isoDate` (today), with its years filled in. */
export function instantiate(template: TemplateFile, isoDate: string): Document {
  return fillYears({ ...structuredClone(template.document), date: isoDate });
}
