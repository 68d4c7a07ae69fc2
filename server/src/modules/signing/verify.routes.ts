import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { bodyErrorHandler } from '../../http/body-errors';
import { sendJsonError } from '../../http/json-errors';
import { fieldError, invalidInput, unauthenticated } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { Viewer } from '../../shared/viewer';
import { verifyDocument } from './verify-document';

export interface VerifyRouteDeps {
  orm: MikroORM;
  /** The largest accepted upload: the attachments' cap. */
  maxBytes: number;
  viewerOf(req: Request): Promise<Viewer | null>;
  log(message: string, error?: unknown): void;
}

/**
 * POST /documents/verify — body = the PDF (Content-Type: application/pdf), signed in: is this a
 * genuine document of ours? Answers 200 with { verification } whatever the verdict.
 */
export function verifyRoutes(deps: VerifyRouteDeps): express.Router {
  const router = express.Router();
  router.post(
    '/documents/verify',
    // signed in before a byte of the body is read
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (!(await deps.viewerOf(req))) throw unauthenticated();
        next();
      } catch (error) {
        sendJsonError(res, error, deps.log, 'document verification');
      }
    },
    express.raw({ type: 'application/pdf', limit: deps.maxBytes }),
    async (req: Request, res: Response) => {
      try {
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          throw invalidInput([fieldError('file', 'INVALID_FORMAT', message('document.uploadNotPdf'))]);
        }
        const verification = await verifyDocument(deps.orm.em.fork(), req.body);
        res.setHeader('Cache-Control', 'no-store');
        res.json({ verification: { ...verification, signedAt: verification.signedAt?.toISOString() ?? null } });
      } catch (error) {
        sendJsonError(res, error, deps.log, 'document verification');
      }
    },
    bodyErrorHandler,
  );
  return router;
}
