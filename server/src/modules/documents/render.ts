import type { EntityManager } from '@mikro-orm/postgresql';
import { isId } from '../../shared/ids';
import type { Viewer } from '../../shared/viewer';
import { SignedDocumentKind, setDocumentRenderers } from '../signing';
import { conclusionDocument } from './conclusion-document';
import { loadConclusionDocument } from './conclusion-document.data';
import { decisionDocument } from './decision-document';
import { loadDecisionDocument } from './decision-document.data';
import { activeDocumentProfile, type DocumentProfile } from './document-profile';
import { numberedFileName, type OfficialDocument } from './official-document';
import { writePdf } from './pdf-writer';

/** Thrown when there is nothing to render: no such record, or (a conclusion) not published. */
export class DocumentNotFound extends Error {
  constructor(readonly subject: 'decision' | 'meeting') {
    super(`no ${subject} document`);
  }
}

/** A decision's document and its file name ("QĐ-12-UBND-2023"). */
export async function decisionDocumentOf(
  em: EntityManager,
  decisionId: string,
  profile: DocumentProfile = activeDocumentProfile(),
): Promise<{ document: OfficialDocument; name: string }> {
  const data = isId(decisionId) ? await loadDecisionDocument(em, decisionId) : null;
  if (!data) throw new DocumentNotFound('decision');
  return {
    document: decisionDocument(data, profile),
    name: numberedFileName(data.decision.numberText, data.decision.year),
  };
}

/** A published conclusion notice, if `viewer` (when given) may read its meeting. */
export async function conclusionDocumentOf(
  em: EntityManager,
  meetingId: string,
  viewer: Viewer | null = null,
  profile: DocumentProfile = activeDocumentProfile(),
): Promise<{ document: OfficialDocument; name: string }> {
  const data = isId(meetingId) ? await loadConclusionDocument(em, meetingId, viewer) : null;
  if (!data) throw new DocumentNotFound('meeting');
  return {
    document: conclusionDocument(data, profile),
    name: numberedFileName(data.code, Number(data.publishedOn.slice(0, 4))),
  };
}

/** The decision as an unsigned PDF. Reads through `em` (may be a transaction: it sees rows flushed but not committed). */
export async function renderDecisionPdf(em: EntityManager, decisionId: string): Promise<Buffer> {
  return writePdf((await decisionDocumentOf(em, decisionId)).document);
}

/** A published meeting's conclusion notice as an unsigned PDF. Reads through `em`, as above. */
export async function renderConclusionPdf(em: EntityManager, meetingId: string): Promise<Buffer> {
  return writePdf((await conclusionDocumentOf(em, meetingId)).document);
}

/** Signing lays issued records out with these layouts (given, not imported: see signing's document-renderers). */
export function registerOfficialLayouts(): void {
  setDocumentRenderers({
    [SignedDocumentKind.DECISION]: renderDecisionPdf,
    [SignedDocumentKind.CONCLUSION]: renderConclusionPdf,
  });
}
