// The live A4 preview beside the form (the html renderer's Preview), scaled to the pane's width. It
// never takes the form down with it: a rendering error, or a build without the renderer, stays a
// message inside the pane.
import { Component, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layout } from '../../compose';
import { previewComponent } from '../modules';

const PX_PER_PT = 96 / 72;

interface Props {
  layout: Layout | null;
  /** The form does not parse just now: the preview shows the last good state. */
  stale: boolean;
  error?: string;
  /** The Document path being edited: the preview blocks it shows are outlined. */
  editingPath?: string;
  /** A click on a block of the preview: its source path (the field to edit). */
  onPick?(source: string): void;
}

/**
 * A preview block shows the part being edited when its source is that path, a field inside it
 * (editing "number.value" outlines the "number" line), or a part of that block ("body.3" outlines
 * the items of list body.3).
 */
export function showsPath(source: string, path: string): boolean {
  // Only a block or a field inside one outlines what it holds; a whole body or section does not.
  const holds = /\.\d+(\.|$)/.test(path) && !/\.body$/.test(path);
  return source === path || path.startsWith(`${source}.`) || (holds && source.startsWith(`${path}.`));
}

function outline(root: HTMLElement, path: string | undefined): void {
  for (const el of root.querySelectorAll('[data-source]')) {
    const on = path !== undefined && showsPath(el.getAttribute('data-source') ?? '', path);
    if (el.classList.contains('is-editing') !== on) el.classList.toggle('is-editing', on);
  }
}

export function PreviewPane({ layout, stale, error, editingPath, onPick }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const editing = useRef(editingPath);
  editing.current = editingPath;

  // The preview redraws its pages on its own schedule (it measures first): outline again whenever
  // its blocks change, as well as when the editing path does.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    outline(el, editing.current);
    if (typeof MutationObserver !== 'function') return;
    const observer = new MutationObserver(() => outline(el, editing.current));
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (ref.current) outline(ref.current, editingPath);
  }, [editingPath]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(el.clientWidth);
    update();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const Preview = previewComponent();
  const pagePx = (layout?.page.widthPt ?? 595.3) * PX_PER_PT;
  // Fit the page to the pane (less the 16 px margins around the pages), a little over life size at most.
  const scale = width > 0 ? Math.max(0.3, Math.min(1.1, (width - 34) / pagePx)) : 0.8;

  return (
    <div className="preview-pane" ref={ref} aria-label={t('preview.label')} role="region" tabIndex={0}>
      <div className="preview-status" aria-live="polite">
        {error ? <span className="status warn">{t('preview.error', { detail: error })}</span> : stale ? <span className="status warn">{t('preview.stale')}</span> : null}
      </div>
      {!Preview ? (
        <p className="muted preview-empty">{t('preview.unavailable')}</p>
      ) : layout ? (
        <PreviewBoundary key={layout.meta.profileId} fallback={<p className="muted preview-empty">{t('preview.crashed')}</p>}>
          <div
            className={stale ? 'preview-doc is-stale' : 'preview-doc'}
            data-testid="preview"
            onClick={(e) => {
              const block = e.target instanceof Element ? e.target.closest('[data-source]') : null;
              const source = block?.getAttribute('data-source');
              if (source) onPick?.(source);
            }}
          >
            <Preview layout={layout} scale={scale} />
          </div>
        </PreviewBoundary>
      ) : (
        <p className="muted preview-empty">{t('preview.empty')}</p>
      )}
    </div>
  );
}

class PreviewBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidUpdate(prev: { children: ReactNode }): void {
    // A new layout gets a new chance.
    if (this.state.failed && prev.children !== this.props.children) this.setState({ failed: false });
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
