// The app's screens: the start screen and the editor, addressed by the URL's hash
// (#/draft/<id>, #/start) so that reload and the back button work. Without a hash the last edited
// draft opens; the very first visit opens a filled sample.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { DocumentInput } from '../model';
import { openStore, type OpenedStore } from '../store';
import { LoadingScreen } from './AppBar';
import { StartScreen } from './StartScreen';
import { firstVisitChoice, startingDocument } from './templateSource';

// The editor (compose, preview, checker) is not needed to show the start screen.
const Editor = lazy(() => import('./editor/Editor'));

export type Route = { screen: 'start' } | { screen: 'editor'; draftId: string };

export function parseHash(hash: string): Route | null {
  const draft = /^#\/draft\/([^/?#]+)$/.exec(hash);
  if (draft?.[1]) return { screen: 'editor', draftId: decodeURIComponent(draft[1]) };
  if (hash === '#/start' || hash === '#/') return { screen: 'start' };
  return null;
}

export function hashOf(route: Route): string {
  return route.screen === 'editor' ? `#/draft/${encodeURIComponent(route.draftId)}` : '#/start';
}

// Started once per page, even when React mounts the app twice (StrictMode).
let boot: Promise<{ opened: OpenedStore; route: Route }> | undefined;

async function start(): Promise<{ opened: OpenedStore; route: Route }> {
  const opened = await openStore();
  const { store } = opened;
  const asked = parseHash(location.hash);
  if (asked?.screen === 'editor') {
    const exists = await store.getDraft(asked.draftId).catch(() => undefined);
    return { opened, route: exists ? asked : { screen: 'start' } };
  }
  if (asked?.screen === 'start') return { opened, route: asked };
  try {
    const last = await store.getLastDraftId();
    if (last && (await store.getDraft(last))) return { opened, route: { screen: 'editor', draftId: last } };
    const drafts = await store.listDrafts();
    if (drafts.length > 0) return { opened, route: { screen: 'start' } };
    // First visit: a filled document, so the app shows what it does.
    const first = firstVisitChoice();
    if (!first) return { opened, route: { screen: 'start' } };
    const draft = await store.createDraft({ title: first.source === 'sample' ? first.title : '', document: startingDocument(first) });
    await store.setLastDraftId(draft.id);
    return { opened, route: { screen: 'editor', draftId: draft.id } };
  } catch {
    return { opened, route: { screen: 'start' } };
  }
}

export function App() {
  const [state, setState] = useState<{ opened: OpenedStore; route: Route } | null>(null);
  const [bootError, setBootError] = useState<unknown>(null);

  useEffect(() => {
    boot ??= start();
    boot.then(
      (s) => {
        history.replaceState(null, '', hashOf(s.route));
        setState(s);
      },
      (e: unknown) => setBootError(e),
    );
  }, []);

  useEffect(() => {
    const onHash = () => {
      const route = parseHash(location.hash);
      if (route) setState((s) => (s ? { ...s, route } : s));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback((route: Route) => {
    if (location.hash !== hashOf(route)) location.hash = hashOf(route);
    setState((s) => (s ? { ...s, route } : s));
  }, []);

  const create = useCallback(
    async (document: DocumentInput, title: string) => {
      if (!state) return;
      const draft = await state.opened.store.createDraft({ title, document });
      await state.opened.store.setLastDraftId(draft.id).catch(() => undefined);
      navigate({ screen: 'editor', draftId: draft.id });
    },
    [state, navigate],
  );

  if (bootError) throw bootError;
  if (!state) {
    return <LoadingScreen />;
  }
  const { opened, route } = state;
  const memoryOnly = opened.store.kind === 'memory';
  if (route.screen === 'editor') {
    return (
      <Suspense
        fallback={<LoadingScreen />}
      >
        <Editor
          store={opened.store}
          draftId={route.draftId}
          memoryOnly={memoryOnly}
          onHome={() => navigate({ screen: 'start' })}
          onOpenDraft={(id) => navigate({ screen: 'editor', draftId: id })}
        />
      </Suspense>
    );
  }
  return (
    <StartScreen
      store={opened.store}
      memoryOnly={memoryOnly}
      onOpenDraft={(id) => navigate({ screen: 'editor', draftId: id })}
      onCreate={(doc, title) =>
        create(doc, title).catch(() => {
          // The store refused: the start screen's banner already tells why on its next read.
        })
      }
    />
  );
}
