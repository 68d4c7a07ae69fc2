import type { ErrorRequestHandler } from 'express';

/**
 * Body-parser failures (malformed JSON, too large) answered as GraphQL-shaped JSON with a code,
 * instead of express's HTML error page.
 */
export const bodyErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (res.headersSent || status >= 500) return next(error);
  const tooLarge = status === 413;
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? 'Yêu cầu quá lớn (tối đa 1 MB).' : 'Nội dung yêu cầu không phải JSON hợp lệ.',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};
