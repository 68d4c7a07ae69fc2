import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../shared/errors';
import { message, renderMessage } from '../shared/messages';
import type { Logger } from '../observability/logger';

/**
 * The last handler, for errors no route answered (a file that could not be sent, a body-parser
 * failure beyond the client's fault): instead of Express's HTML page and its console line, a
 * server failure is logged with its stack and request id and answered in the API's JSON shape;
 * a client error keeps its status.
 */
export function finalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown }, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    const requestId = res.locals.requestId as string | undefined;
    if (status >= 500) logger.error({ err: error, requestId }, 'http request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (status < 500) {
      res.sendStatus(status);
      return;
    }
    const text = message('error.internal');
    res.status(500).json({
      errors: [
        {
          message: renderMessage(text),
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageKey: text.key, requestId },
        },
      ],
    });
  };
}
