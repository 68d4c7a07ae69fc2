import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { sendJsonError } from '../../http/json-errors';
import { invalidInput, notFound, unauthenticated } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { runSql } from '../../shared/sql';
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
        const request = await service.attach(viewer, String(req.params.id), { ...stored, fileName, contentType }, deps.quota);
        res.status(201).json({ attachment: { id: stored.key, fileName, contentType, size: stored.size }, version: request.version });
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
        ? await runSql<{ request_id: string; file_name: string; content_type: string; size: string }[]>(
            deps.orm.em.fork(),
            'select request_id, file_name, content_type, size from request_attachments where id = ?',
            [id],
          )
        : [];
      if (!row) throw notFound('tệp đính kèm');
      await new RequestService(deps.orm.em.fork(), deps.bus).get(viewer, row.request_id); // NOT_FOUND unless readable
      res.setHeader('Content-Type', ALLOWED_CONTENT_TYPES.has(row.content_type) ? row.content_type : 'application/octet-stream');
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
  const problems = [];
  if (!fileName || fileName.length > 255 || /[\\/\u0000-\u001f]/.test(fileName)) {
    problems.push({ field: 'fileName', code: 'INVALID_FORMAT' as const, message: 'Tên tệp không hợp lệ.' });
  }
  if (!ALLOWED_CONTENT_TYPES.has(contentType)) {
    problems.push({ field: 'contentType', code: 'NOT_ALLOWED' as const, message: 'Loại tệp không được hỗ trợ (PDF, Word, Excel, ảnh, văn bản, ZIP).' });
  }
  if (problems.length > 0) throw invalidInput(problems);
  return { fileName: fileName.normalize('NFC'), contentType };
}

function sendError(res: Response, error: unknown, deps: Pick<AttachmentRouteDeps, 'log'>): void {
  if (error instanceof FileTooLargeError && !res.headersSent) {
    res.status(413).json({ errors: [{ message: 'Tệp quá lớn.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  sendJsonError(res, error, deps.log, 'attachment request');
}
