import type { EntityManager } from '@mikro-orm/postgresql';

export type LoaderFactory<T> = (em: EntityManager) => T;

/**
 * Per-request registry of DataLoaders. Modules define factories; the registry builds each one
 * lazily so a request only pays for the loaders it uses, and batching never leaks across requests.
 */
export class Loaders {
  private readonly built = new Map<LoaderFactory<unknown>, unknown>();

  constructor(private readonly em: EntityManager) {}

  get<T>(factory: LoaderFactory<T>): T {
    let loader = this.built.get(factory) as T | undefined;
    if (loader === undefined) {
      loader = factory(this.em);
      this.built.set(factory, loader);
    }
    return loader;
  }
}
