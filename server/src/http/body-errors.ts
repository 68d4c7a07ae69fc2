import type { ErrorRequestHandler } from 'express';
import { message, messageExtensions, renderMessage } from '../shared/messages';

/**
 * Body-parser failures (malformed JSON, too large) answered as GraphQL-shaped JSON with a code,
 * instead of express's HTML error page.
 */
export const bodyErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (res.headersSent || status >= 500) return next(error);
  const tooLarge = status === 413;
  const text = message(tooLarge ? 'api.bodyTooLarge' : 'api.bodyNotJson');
  res.status(status).json({
    errors: [
      {
        message: renderMessage(text),
        extensions: {
          code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
          ...messageExtensions(text),
          requestId: res.locals.requestId,
        },
      },
    ],
  });
};
