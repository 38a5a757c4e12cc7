// The live preview: a Layout drawn as A4 pages at true proportions. Blocks new since the last
// update are laid out in a hidden container of the content width and measured; the paginator
// (paginate.ts) distributes the blocks into pages; the pages are drawn at true size in points and
// scaled as a whole, so line breaks are those that were measured.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactNode, RefObject } from 'react';
import type { Layout, LayoutBlock, PageGeometry } from '../../compose';
import { BlockView, ParagraphView, pt, TableView } from './blocks';
import { blockKey, measureBlock, PX_TO_PT, toBlockMeasure } from './measure';
import type { MeasureEntry } from './measure';
import { paginate } from './paginate';
import type { PageItem, PageSlice } from './paginate';
import './preview.css';

export interface PreviewProps {
  layout: Layout;
  /** Page size relative to true size; absent: fit the page width to the container. */
  scale?: number;
}

/** Space around and between the pages, in CSS px. */
const GAP_PX = 16;
const MIN_SCALE = 0.2;
const MAX_SCALE = 3;

/** Times New Roman or a metric-compatible serif installed on the machine; nothing is downloaded. */
function fontStack(family: string): string {
  const names = [family, 'Times New Roman', 'Liberation Serif', 'Tinos'];
  return [...new Set(names)].map((n) => `"${n}"`).join(', ') + ', serif';
}

/** A short, stable name for a block's content (React keys, memo comparison). */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(36) + (h1 >>> 0).toString(36);
}

interface FlatBlock {
  block: LayoutBlock;
  section: number;
  /** Content key: the measure cache's key. */
  key: string;
  /** Content hash. */
  hash: string;
  /** Unique among the Layout's blocks: content hash and occurrence. */
  id: string;
}

function flatten(layout: Layout): FlatBlock[] {
  const out: FlatBlock[] = [];
  const seen = new Map<string, number>();
  layout.sections.forEach((section, s) => {
    for (const block of section.blocks) {
      const key = blockKey(block);
      // What is drawn includes the sources (data-source), so that a block that moved is redrawn.
      const h = hash(JSON.stringify(block));
      const n = seen.get(h) ?? 0;
      seen.set(h, n + 1);
      out.push({ block, section: s, key, hash: h, id: `${h}.${n}` });
    }
  });
  return out;
}

function perfMark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Close the update cycle for a benchmark to read (performance.getEntriesByName('preview:update')). */
function perfMeasureUpdate(): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  perfMark('preview:update-end');
  try {
    performance.measure('preview:update', 'preview:update-start', 'preview:update-end');
    // Keep the timeline bounded during a long editing session.
    if (performance.getEntriesByName('preview:update', 'measure').length > 200) performance.clearMeasures('preview:update');
  } catch {
    // The start mark was cleared by someone else: no figure for this cycle.
  }
}

/**
 * Watches the container's size: returns the scale that fits a page to its width (when enabled) and
 * calls onShown when it gets a size (e.g. a tab that was display: none is shown).
 */
function useContainerSize(ref: RefObject<HTMLDivElement | null>, pageWidthPt: number, fit: boolean, onShown: () => void): number {
  const [scale, setScale] = useState(1);
  const shown = useRef(onShown);
  shown.current = onShown;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (): void => {
      if (el.clientWidth > 0) shown.current();
      const width = el.clientWidth - 2 * GAP_PX;
      if (!fit || width <= 0) return;
      const s = Math.min(MAX_SCALE, Math.max(MIN_SCALE, width / (pageWidthPt / PX_TO_PT)));
      setScale(Math.floor(s * 1000) / 1000);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, pageWidthPt, fit]);
  return scale;
}

interface ItemViewProps {
  block: LayoutBlock;
  hash: string;
  item: PageItem;
  /** Measured line height of a split paragraph. */
  lineHeightPt: number;
  /** Lines of a split paragraph. */
  lines: number;
}

function ItemViewInner({ block, item, lineHeightPt: lh, lines }: ItemViewProps): ReactNode {
  const { part, dropSpaceBefore } = item;
  if (block.type === 'table') return <TableView block={block} part={part} repeatHeader={item.repeatHeader} dropSpaceBefore={dropSpaceBefore} />;
  if (block.type === 'paragraph' && part) {
    // Lines [from, to) of the whole paragraph: the paragraph is laid out whole, shifted up and
    // clipped, so its line breaks, indent and justification stay those of the whole.
    const sb = part.from === 0 && !dropSpaceBefore ? block.spaceBeforePt : 0;
    const height = sb + (part.to - part.from) * lh + (part.to >= lines ? block.spaceAfterPt : 0);
    const shift = part.from === 0 ? 0 : block.spaceBeforePt + part.from * lh;
    return (
      <div className="vb-part" data-part={`${part.from}-${part.to}`} style={{ height: pt(height) }}>
        <div style={shift ? { marginTop: pt(-shift) } : undefined}>
          <ParagraphView block={block} dropSpaceBefore={part.from === 0 && dropSpaceBefore} />
        </div>
      </div>
    );
  }
  return <BlockView block={block} dropSpaceBefore={dropSpaceBefore} />;
}

/** Re-rendered only when the block's content or its piece on the page changes. */
const ItemView = memo(ItemViewInner, (a, b) => {
  const pa = a.item.part;
  const pb = b.item.part;
  return (
    a.hash === b.hash &&
    a.item.dropSpaceBefore === b.item.dropSpaceBefore &&
    a.item.repeatHeader === b.item.repeatHeader &&
    pa?.from === pb?.from &&
    pa?.to === pb?.to &&
    a.lineHeightPt === b.lineHeightPt &&
    a.lines === b.lines
  );
});

interface Paged {
  layout: Layout;
  flat: FlatBlock[];
  entries: (MeasureEntry | undefined)[];
  pages: PageSlice[];
  /** Page number to draw, or undefined on a section's first page. */
  numbers: (number | undefined)[];
}

function pageNumbers(layout: Layout, pages: PageSlice[]): (number | undefined)[] {
  let n = 0;
  return pages.map((p) => {
    n = p.firstOfSection && (p.section === 0 || layout.sections[p.section]?.restartPageNumbers) ? 1 : n + 1;
    return p.firstOfSection ? undefined : n;
  });
}

interface PageViewProps {
  paged: Paged;
  index: number;
  geometry: PageGeometry;
  numberSizePt: number;
  scale: number;
}

function PageView({ paged, index, geometry, numberSizePt, scale }: PageViewProps) {
  const page = paged.pages[index] as PageSlice;
  const number = paged.numbers[index];
  const { widthPt, heightPt, margins, contentWidthPt } = geometry;
  const pageStyle: CSSProperties = { width: pt(widthPt), height: pt(heightPt) };
  if (scale !== 1) pageStyle.transform = `scale(${scale})`;
  return (
    <div className="vb-page-frame" style={{ width: pt(widthPt * scale), height: pt(heightPt * scale) }}>
      <div className="vb-page" data-page={index + 1} data-section={page.section} style={pageStyle}>
        {number !== undefined && (
          <div
            className="vb-page-number"
            data-page-number={number}
            style={{ top: pt(geometry.headerDistancePt), left: pt(margins.left), width: pt(contentWidthPt), fontSize: pt(numberSizePt) }}
          >
            {number}
          </div>
        )}
        <div className="vb-content" style={{ top: pt(margins.top), left: pt(margins.left), width: pt(contentWidthPt) }}>
          {page.items.map((item) => {
            const f = paged.flat[item.block] as FlatBlock;
            const e = paged.entries[item.block];
            const para = e?.kind === 'paragraph' ? e : undefined;
            return (
              <ItemView
                key={`${f.id}:${item.part?.from ?? 0}`}
                block={f.block}
                hash={f.hash}
                item={item}
                lineHeightPt={para?.lineHeightPt ?? 0}
                lines={para?.lines ?? 0}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function Preview({ layout, scale }: PreviewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const measurerRef = useRef<HTMLDivElement>(null);
  const [generation, setGeneration] = useState(0);
  // Measuring was put off while the preview was not displayed.
  const deferred = useRef(false);
  const fitScale = useContainerSize(rootRef, layout.page.widthPt, scale === undefined, () => {
    if (!deferred.current) return;
    deferred.current = false;
    setGeneration((g) => g + 1);
  });
  const s = scale ?? fitScale;
  const geometry = layout.page;
  const contentHeightPt = geometry.heightPt - geometry.margins.top - geometry.margins.bottom;
  const family = fontStack(layout.font.family);

  // The update cycle starts when a new Layout arrives and ends when its pages are committed.
  const startedFor = useRef<Layout | null>(null);
  const pending = useRef(false);
  if (startedFor.current !== layout) {
    startedFor.current = layout;
    pending.current = true;
    perfMark('preview:update-start');
  }

  // Heights are valid for one content width and font; a font arriving later (fontEpoch)
  // invalidates them.
  const [fontEpoch, setFontEpoch] = useState(0);
  const cache = useMemo(() => new Map<string, MeasureEntry>(), [geometry.contentWidthPt, family, fontEpoch]);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts || typeof fonts.addEventListener !== 'function') return;
    const onLoad = (): void => setFontEpoch((e) => e + 1);
    fonts.addEventListener('loadingdone', onLoad);
    return () => fonts.removeEventListener('loadingdone', onLoad);
  }, []);

  const flat = useMemo(() => flatten(layout), [layout]);
  // Recomputed when the cache was filled (generation) or replaced.
  const missing = useMemo(() => {
    const seen = new Set<string>();
    const out: FlatBlock[] = [];
    for (const f of flat) {
      if (cache.has(f.key) || seen.has(f.key)) continue;
      seen.add(f.key);
      out.push(f);
    }
    return out;
  }, [flat, cache, generation]);

  const paged = useMemo((): Paged | null => {
    if (missing.length > 0) return null;
    const entries = flat.map((f) => cache.get(f.key));
    const pages = paginate(
      flat.map((f, i) => toBlockMeasure(f.block, f.section, entries[i])),
      contentHeightPt,
    );
    return { layout, flat, entries, pages, numbers: pageNumbers(layout, pages) };
  }, [missing, flat, cache, layout, contentHeightPt]);

  // While new blocks are measured, the last pages stay up (the measuring pass ends before paint).
  const shownRef = useRef<Paged | null>(null);
  const shown = paged ?? shownRef.current;

  useLayoutEffect(() => {
    const host = measurerRef.current;
    if (missing.length === 0 || !host) return;
    // Inside a display: none parent nothing has a height: measure once it is shown.
    if (typeof host.checkVisibility === 'function' && !rootRef.current?.checkVisibility()) {
      deferred.current = true;
      return;
    }
    missing.forEach((f, i) => {
      const el = host.children[i];
      if (el instanceof HTMLElement) cache.set(f.key, measureBlock(el, f.block));
    });
    // Forget blocks no longer in the document (each keystroke makes one).
    if (cache.size > 2 * flat.length + 64) {
      const live = new Set(flat.map((f) => f.key));
      for (const k of cache.keys()) if (!live.has(k)) cache.delete(k);
    }
    setGeneration((g) => g + 1);
  }, [missing, cache, flat]);

  useLayoutEffect(() => {
    if (!paged) return;
    shownRef.current = paged;
    if (pending.current && paged.layout === startedFor.current) {
      pending.current = false;
      perfMeasureUpdate();
    }
  }, [paged]);

  return (
    <div className="vb-preview" ref={rootRef} style={{ fontFamily: family, padding: GAP_PX }}>
      <div className="vb-measurer" ref={measurerRef} aria-hidden="true" style={{ width: pt(geometry.contentWidthPt) }}>
        {missing.map((f) => (
          <div key={f.hash}>
            <BlockView block={f.block} />
          </div>
        ))}
      </div>
      <div className="vb-pages" style={{ gap: GAP_PX }}>
        {shown?.pages.map((p, i) => (
          <PageView
            key={`${p.section}.${i}`}
            paged={shown}
            index={i}
            geometry={shown.layout.page}
            numberSizePt={shown.layout.pageNumber.sizePt}
            scale={s}
          />
        ))}
      </div>
    </div>
  );
}
