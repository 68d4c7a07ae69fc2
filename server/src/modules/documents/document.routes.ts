import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { sendJsonError } from '../../http/json-errors';
import { fieldError, invalidInput, notFound, unauthenticated } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { message } from '../../shared/messages';
import type { Viewer } from '../../shared/viewer';
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

/**
 * Official documents, generated from the records with the same authorisation as the records:
 *   GET /documents/decisions/:id.pdf                    any signed-in official, as the decision register
 *   GET /documents/conclusions/:meetingId.pdf           a published conclusion, to those who may read the meeting
 *   GET /documents/reports/:year/:quarter.(pdf|docx)    the quarterly report as the report page shows it (?agency=<id>)
 */
export function documentRoutes(deps: DocumentRouteDeps): express.Router {
  const router = express.Router();
  const serve =
    (
      what: string,
      make: (req: Request, viewer: Viewer) => Promise<{ document: OfficialDocument; name: string; format: Format }>,
    ) =>
    async (req: Request, res: Response) => {
      try {
        const viewer = await deps.viewerOf(req);
        if (!viewer) throw unauthenticated();
        const { document, name, format } = await make(req, viewer);
        send(res, name, format, format === 'pdf' ? await writePdf(document) : await writeDocx(document));
      } catch (error) {
        sendJsonError(res, error instanceof DocumentNotFound ? notFound(error.subject) : error, deps.log, what);
      }
    };

  router.get(
    '/documents/decisions/:id.pdf',
    serve('decision document', async (req) => ({
      ...(await decisionDocumentOf(deps.orm.em.fork(), String(req.params.id))),
      format: 'pdf',
    })),
  );

  router.get(
    '/documents/conclusions/:id.pdf',
    serve('conclusion document', async (req, viewer) => ({
      ...(await conclusionDocumentOf(deps.orm.em.fork(), String(req.params.id), viewer)),
      format: 'pdf',
    })),
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
        document: reportDocument(data, activeDocumentProfile()),
        name: `BC-quý-${data.stats.period.quarter}-${data.stats.period.year}${scope}`,
        format,
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
