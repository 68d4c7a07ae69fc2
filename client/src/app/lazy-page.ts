import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loaded = { default: ComponentType };

/** Every feature module a lazy page comes from, so that all of them can be fetched ahead (`preloadPages`). */
const loaders = new Set<() => Promise<unknown>>();

/**
 * Page `name` of a feature, its code fetched the first time a route shows it (Vite makes one chunk
 * per feature). Once the feature's module is loaded, the page renders at once, without suspending.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  let loaded: M | undefined;
  const fetchModule = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  loaders.add(fetchModule);
  return lazy(() => {
    // A thenable that answers synchronously: React then renders the page in the same pass
    // instead of showing the fallback for a module already in memory.
    if (loaded) {
      const page: Loaded = { default: loaded[name] };
      return { then: (resolve: (value: Loaded) => void) => resolve(page) } as PromiseLike<Loaded> as Promise<Loaded>;
    }
    return fetchModule().then((module) => ({ default: module[name] }));
  });
}

/** Loads every lazy page's feature module (tests render routes synchronously after this). */
export async function preloadPages(): Promise<void> {
  await Promise.all([...loaders].map((fetchModule) => fetchModule()));
}

/**
 * Fetches every page's code once the browser is idle after the first screen (the login form or
 * the first page), so that the next page is not one more round trip away on a slow connection:
 * all feature chunks together are about half the size of the first script, compressed.
 * Returns the cancel for an effect's cleanup.
 */
export function preloadPagesWhenIdle(): () => void {
  const preload = () => void preloadPages().catch(() => undefined); // a failed fetch is retried when the page is opened
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(preload, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(preload, 200);
  return () => window.clearTimeout(timer);
}
