import type { EntityManager } from '@mikro-orm/postgresql';
import { CombinedReads } from './combined-reads';

export type LoaderFactory<T> = (em: EntityManager, loaders: Loaders) => T;

/**
 * Per-request registry of DataLoaders. Modules define factories; the registry builds each one
 * lazily so a request only pays for the loaders it uses, and batching never leaks across requests.
 */
export class Loaders {
  private readonly built = new Map<LoaderFactory<unknown>, unknown>();
  /** This response's side reads, folded into one statement per turn (see CombinedReads). */
  readonly combined: CombinedReads;

  constructor(private readonly em: EntityManager) {
    this.combined = new CombinedReads(em);
  }

  get<T>(factory: LoaderFactory<T>): T {
    let loader = this.built.get(factory) as T | undefined;
    if (loader === undefined) {
      loader = factory(this.em, this);
      this.built.set(factory, loader);
    }
    return loader;
  }
}
