import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { sendJsonError } from '../../http/json-errors';
import { fieldError, invalidInput, notFound, unauthenticated, type FieldError } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { message, renderMessage } from '../../shared/messages';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { checkDeclaredUpload, type AttachmentQuota } from './attachment-quota';
import { AttachmentStore, FileTooLargeError } from './attachment-store';
import { RequestService } from './request.service';

/** File types officials exchange; anything else is refused rather than served back as-is. */
export const ALLOWED_CONTENT_TYPES = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
]);

export interface AttachmentRouteDeps {
  orm: MikroORM;
  bus: EventBus;
  store: AttachmentStore;
  maxBytes: number;
  quota: AttachmentQuota;
  viewerOf(req: Request): Promise<Viewer | null>;
  log(message: string, error?: unknown): void;
}

/**
 * File transfer over plain HTTP (GraphQL is a poor fit for bytes):
 *   POST /files/requests/:id/attachments   body = the file, Content-Type = its type, X-File-Name = URI-encoded name
 *   GET  /files/attachments/:id            the file, to those who may read its request
 */
export function attachmentRoutes(deps: AttachmentRouteDeps): express.Router {
  const router = express.Router();

  router.post('/files/requests/:id/attachments', async (req, res) => {
    try {
      const viewer = await deps.viewerOf(req);
      if (!viewer) throw unauthenticated();
      const { fileName, contentType } = describeUpload(req);
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > deps.maxBytes) throw new FileTooLargeError();
      await checkDeclaredUpload(deps.orm.em.fork(), viewer.agencyId, declared, deps.quota);
      const stored = await deps.store.save(req, deps.maxBytes);
      try {
        const service = new RequestService(deps.orm.em.fork(), deps.bus);
        const request = await service.attach(
          viewer,
          String(req.params.id),
          { ...stored, fileName, contentType },
          deps.quota,
        );
        res
          .status(201)
          .json({ attachment: { id: stored.key, fileName, contentType, size: stored.size }, version: request.version });
      } catch (error) {
        deps.store.remove(stored.key); // nothing half-written: no row, no file
        throw error;
      }
    } catch (error) {
      sendError(res, error, deps);
    }
  });

  router.get('/files/attachments/:id', async (req, res) => {
    try {
      const viewer = await deps.viewerOf(req);
      if (!viewer) throw unauthenticated();
      const id = String(req.params.id);
      const [row] = isId(id)
        ? await runQuery(
            deps.orm.em.fork(),
            db
              .selectFrom('request_attachments')
              .select(['request_id', 'file_name', 'content_type', 'size'])
              .where('id', '=', id),
          )
        : [];
      if (!row) throw notFound('attachment');
      await new RequestService(deps.orm.em.fork(), deps.bus).get(viewer, row.request_id); // NOT_FOUND unless readable
      res.setHeader(
        'Content-Type',
        ALLOWED_CONTENT_TYPES.has(row.content_type) ? row.content_type : 'application/octet-stream',
      );
      res.setHeader('Content-Length', row.size);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`);
      res.setHeader('Cache-Control', 'private, no-store');
      const file = deps.store.open(id);
      file.on('error', (error) => {
        deps.log('attachment: could not read a stored file', error);
        res.destroy();
      });
      file.pipe(res);
    } catch (error) {
      sendError(res, error, deps);
    }
  });

  return router;
}

function describeUpload(req: Request): { fileName: string; contentType: string } {
  let fileName = '';
  try {
    fileName = decodeURIComponent(req.get('x-file-name') ?? '').trim();
  } catch {
    // reported below
  }
  const contentType = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const problems: FieldError[] = [];
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
  if (!fileName || fileName.length > 255 || /[\\/\u0000-\u001f]/.test(fileName)) {
    problems.push(fieldError('fileName', 'INVALID_FORMAT', message('attachment.fileNameInvalid')));
  }
  if (!ALLOWED_CONTENT_TYPES.has(contentType)) {
    problems.push(fieldError('contentType', 'NOT_ALLOWED', message('attachment.typeNotAllowed')));
  }
  if (problems.length > 0) throw invalidInput(problems);
  return { fileName: fileName.normalize('NFC'), contentType };
}

function sendError(res: Response, error: unknown, deps: Pick<AttachmentRouteDeps, 'log'>): void {
  if (error instanceof FileTooLargeError && !res.headersSent) {
    const text = message('attachment.tooLarge');
    res.status(413).json({
      errors: [{ message: renderMessage(text), extensions: { code: 'PAYLOAD_TOO_LARGE', messageKey: text.key } }],
    });
    return;
  }
  sendJsonError(res, error, deps.log, 'attachment request');
}
