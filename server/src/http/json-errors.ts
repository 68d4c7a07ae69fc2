import type { Response } from 'express';
import { DomainError, ErrorCode, httpStatusOf } from '../shared/errors';
import { message, renderMessage } from '../shared/messages';

/** A plain-HTTP route's failure in the same shape and codes as GraphQL errors. */
export function sendJsonError(
  res: Response,
  error: unknown,
  log: (message: string, error?: unknown) => void,
  what: string,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof DomainError) {
    const extensions: Record<string, unknown> = {
      code: error.code,
      ...error.messageExtensions(),
      requestId: res.locals.requestId,
    };
    if (error.fields.length) extensions.fields = error.fields;
    res.status(httpStatusOf(error.code)).json({ errors: [{ message: error.message, extensions }] });
    return;
  }
  log(`${what} failed (request ${res.locals.requestId})`, error);
  const text = message('error.internal');
  res.status(500).json({
    errors: [
      {
        message: renderMessage(text),
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageKey: text.key, requestId: res.locals.requestId },
      },
    ],
  });
}
