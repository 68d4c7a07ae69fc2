import type { EntityManager } from '@mikro-orm/postgresql';
import { SignedDocumentKind } from './signed-document.entity';

/** Lays out an issued record as a PDF, reading it through `em` (the issuing transaction). */
export type DocumentRenderer = (em: EntityManager, recordId: string) => Promise<Buffer>;

let renderers: Record<SignedDocumentKind, DocumentRenderer> | null = null;

/**
 * The layouts signed at issue time, given once at start by the documents module
 * (`registerOfficialLayouts`, called from app.ts and the demo seeder). Given, not imported: the layouts
 * read decisions and meetings, whose services call signing, so an import would close a cycle.
 */
export function setDocumentRenderers(given: Record<SignedDocumentKind, DocumentRenderer>): void {
  renderers = given;
}

export function documentRenderer(kind: SignedDocumentKind): DocumentRenderer {
  // a wiring mistake, not a user's: nothing may be issued unsigned, so the issue rolls back
  if (!renderers) throw new Error('no document layouts: call registerOfficialLayouts() before issuing records');
  return renderers[kind];
}
