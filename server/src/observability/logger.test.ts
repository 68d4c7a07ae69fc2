import { createLogger, logFunction, logLevel } from './logger';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level,
    destination: { write: (chunk: string) => void lines.push(JSON.parse(chunk) as Record<string, unknown>) },
  });
  return { logger, lines };
}

describe('the logger', () => {
  it('writes one JSON object per line with the level, time, message and fields', () => {
    const { logger, lines } = capture();
    logger.info({ requestId: 'r-1', userId: 'u-1' }, 'graphql operation');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'graphql operation',
        requestId: 'r-1',
        userId: 'u-1',
        time: expect.any(Number),
      }),
    ]);
  });

  it('never writes credentials, cookies or what was sent, wherever they sit in a logged object', () => {
    const { logger, lines } = capture();
    const secrets = {
      password: 'hunter2-password',
      token: 'tok-0123456789',
      authorization: 'Bearer tok-0123456789',
      cookie: 'lt_session=cookie-secret',
      connectionParams: { authorization: 'Bearer ws-secret' },
      variables: { input: { body: 'nội dung công văn mật' } },
      query: 'mutation { login(input: { password: "inline-secret" }) { token } }',
      body: 'raw-body-secret',
    };
    logger.info(secrets, 'top level');
    logger.info(
      { input: secrets, headers: { cookie: 'c=header-cookie', authorization: 'Bearer header-token' } },
      'nested',
    );
    logger.info({ req: { headers: { cookie: 'c=req-cookie', authorization: 'Bearer req-token' } } }, 'request');
    const text = JSON.stringify(lines);
    for (const secret of [
      'hunter2',
      'tok-0123456789',
      'cookie-secret',
      'ws-secret',
      'công văn',
      'inline-secret',
      'raw-body-secret',
      'header-cookie',
      'header-token',
      'req-cookie',
      'req-token',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ password: '[redacted]', token: '[redacted]', query: '[redacted]' });
  });

  it('logs an error with its full stack', () => {
    const { logger, lines } = capture();
    logFunction(logger)('deadline sweep failed', new Error('boom'));
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'deadline sweep failed',
      err: { message: 'boom', type: 'Error' },
    });
    expect((lines[0].err as { stack: string }).stack).toMatch(/^Error: boom\n\s+at /);
  });

  it('takes its level from LOG_LEVEL, and refuses a level it does not know', () => {
    expect(logLevel(undefined)).toBe('info');
    expect(logLevel('DEBUG')).toBe('debug');
    expect(() => logLevel('verbose')).toThrow(/LOG_LEVEL/);
    const { logger, lines } = capture('warn');
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((line) => line.msg)).toEqual(['shown']);
  });
});
