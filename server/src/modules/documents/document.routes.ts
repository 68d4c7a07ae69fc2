import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { sendJsonError } from '../../http/json-errors';
import { fieldError, invalidInput, notFound, unauthenticated } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { message } from '../../shared/messages';
import type { Viewer } from '../../shared/viewer';
import { SignedDocumentKind, storedSignedDocument } from '../signing';
import { activeDocumentProfile } from './document-profile';
import { writeDocx } from './docx-writer';
import { asciiFileName, type OfficialDocument } from './official-document';
import { writePdf } from './pdf-writer';
import { conclusionDocumentOf, decisionDocumentOf, DocumentNotFound } from './render';
import { reportDocument } from './report-document';
import { loadReportDocument } from './report-document.data';

export interface DocumentRouteDeps {
  orm: MikroORM;
  bus: EventBus;
  /** The signed-in viewer, null for nobody (and for a session that must first change its password). */
  viewerOf(req: Request): Promise<Viewer | null>;
  log(message: string, error?: unknown): void;
}

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
type Format = keyof typeof TYPES;

/** What a route answers with: the file's name and format, and how its bytes are made. */
interface Answer {
  name: string;
  format: Format;
  body(): Promise<Buffer>;
}

const written = (document: OfficialDocument, format: Format) => () =>
  format === 'pdf' ? writePdf(document) : writeDocx(document);

/**
 * An issued record's file: the copy signed and stored when it was issued, byte for byte (its hash
 * is in the audit log), or — for a record issued before signing existed — the layout unsigned.
 */
const issuedCopy =
  (orm: MikroORM, kind: SignedDocumentKind, recordId: string, document: OfficialDocument) => async () =>
    (await storedSignedDocument(orm.em.fork(), kind, recordId)) ?? writePdf(document);

/**
 * Official documents, generated from the records with the same authorisation as the records:
 *   GET /documents/decisions/:id.pdf                    any signed-in official, as the decision register
 *   GET /documents/conclusions/:meetingId.pdf           a published conclusion, to those who may read the meeting
 *   GET /documents/reports/:year/:quarter.(pdf|docx)    the quarterly report as the report page shows it (?agency=<id>)
 */
export function documentRoutes(deps: DocumentRouteDeps): express.Router {
  const router = express.Router();
  const serve =
    (what: string, make: (req: Request, viewer: Viewer) => Promise<Answer>) => async (req: Request, res: Response) => {
      try {
        const viewer = await deps.viewerOf(req);
        if (!viewer) throw unauthenticated();
        const { name, format, body } = await make(req, viewer);
        send(res, name, format, await body());
      } catch (error) {
        sendJsonError(res, error instanceof DocumentNotFound ? notFound(error.subject) : error, deps.log, what);
      }
    };

  router.get(
    '/documents/decisions/:id.pdf',
    serve('decision document', async (req) => {
      const id = String(req.params.id);
      const { document, name } = await decisionDocumentOf(deps.orm.em.fork(), id);
      return { name, format: 'pdf', body: issuedCopy(deps.orm, SignedDocumentKind.DECISION, id, document) };
    }),
  );

  router.get(
    '/documents/conclusions/:id.pdf',
    serve('conclusion document', async (req, viewer) => {
      const id = String(req.params.id);
      const { document, name } = await conclusionDocumentOf(deps.orm.em.fork(), id, viewer);
      return { name, format: 'pdf', body: issuedCopy(deps.orm, SignedDocumentKind.CONCLUSION, id, document) };
    }),
  );

  router.get(
    '/documents/reports/:year/:quarter.:format',
    serve('report document', async (req, viewer) => {
      const format = String(req.params.format);
      if (format !== 'pdf' && format !== 'docx') throw notFound('record');
      const period = { year: wholeNumber(req.params.year), quarter: wholeNumber(req.params.quarter) };
      const agencyId = typeof req.query.agency === 'string' && req.query.agency !== '' ? req.query.agency : null;
      const asOf = typeof req.query.asOf === 'string' && req.query.asOf !== '' ? req.query.asOf : null;
      const data = await loadReportDocument(deps.orm.em.fork(), deps.bus, viewer, period, agencyId, asOf);
      const scope = data.stats.agency ? `-${data.stats.agency.code}` : '';
      return {
        name: `BC-quý-${data.stats.period.quarter}-${data.stats.period.year}${scope}`,
        format,
        body: written(reportDocument(data, activeDocumentProfile()), format),
      };
    }),
  );

  return router;
}

/** "2023" → 2023; anything else is refused with the quarter's own message. */
function wholeNumber(value: unknown): number {
  const text = String(value);
  if (!/^\d{1,4}$/.test(text)) throw invalidInput([fieldError('period', 'INVALID_FORMAT', message('quarter.invalid'))]);
  return Number(text);
}

/** Inline (the browser's viewer opens it), named for people and for old clients alike (RFC 6266 / 5987). */
function send(res: Response, name: string, format: Format, body: Buffer): void {
  const fileName = `${name}.${format}`;
  res.setHeader('Content-Type', TYPES[format]);
  res.setHeader(
    'Content-Disposition',
    `inline; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
