import http from 'node:http';
import express from 'express';
import { createLogger } from '../observability/logger';
import { finalErrorHandler } from './final-error';
import { requestLog } from './request-log';

describe('the final error handler', () => {
  const lines: Record<string, any>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (chunk: string) => void lines.push(JSON.parse(chunk)) },
  });
  const app = express();
  app.use(requestLog(logger));
  app.get('/broken', () => {
    throw new Error('disk on fire');
  });
  app.get('/refused', (_req, _res, next) => next(Object.assign(new Error('gone'), { status: 410 })));
  app.use(finalErrorHandler(logger));
  const server = http.createServer(app);
  let url: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers a server failure in the API shape with the request id, and logs its stack once', async () => {
    const response = await fetch(`${url}/broken`, { headers: { 'X-Request-Id': 'broken-1' } });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      errors: [
        {
          message: 'Lỗi máy chủ nội bộ.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal', requestId: 'broken-1' },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('disk on fire');
    const failures = lines.filter((line) => line.err);
    expect(failures).toEqual([
      expect.objectContaining({
        level: 50,
        requestId: 'broken-1',
        err: expect.objectContaining({ message: 'disk on fire' }),
      }),
    ]);
    expect(failures[0].err.stack).toMatch(/\n\s+at /);
  });

  it("keeps a client error's status, without logging it as a failure", async () => {
    const before = lines.filter((line) => line.err).length;
    expect((await fetch(`${url}/refused`)).status).toBe(410);
    expect(lines.filter((line) => line.err)).toHaveLength(before);
  });
});
