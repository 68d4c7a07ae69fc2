import type { Page, Request, Response } from 'playwright-core';

/** One thing that went wrong, with where the user was and what they had just clicked. */
export interface Problem {
  step: string;
  url: string;
  what: string;
}

interface GraphQLError {
  message?: string;
  extensions?: { code?: string };
}

/** How long the page must stay without a GraphQL request before it counts as settled. */
const QUIET_MS = 500;
/** A page still loading after this long is itself a problem. */
const SETTLE_LIMIT_MS = 20_000;

const describeErrors = (errors: GraphQLError[]) =>
  errors.map((error) => `${error.extensions?.code ?? 'NO_CODE'}: ${error.message ?? ''}`).join('; ');

function operationName(request: Request): string {
  try {
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    return body?.operationName ?? body?.query?.match(/^\s*(?:query|mutation|subscription)\s+(\w+)/)?.[1] ?? '?';
  } catch {
    return '?';
  }
}

/**
 * Watches a page as a user would notice trouble, and more: answers of 400 and above from the app,
 * GraphQL `errors` in HTTP answers and in graphql-ws frames (`error`, or `next` carrying errors),
 * console errors, uncaught exceptions, and (at each `settle()`) a visible `role=alert` banner.
 * Problems are collected, not thrown, so one run reports everything wrong with a role at once.
 */
export function watchProblems(page: Page) {
  const problems: Problem[] = [];
  let step = 'open';
  const note = (what: string): void => {
    problems.push({ step, url: page.url(), what });
  };
  const bodies = new Set<Promise<void>>();
  /** What was inspected, so a test can prove the watcher saw the traffic at all. */
  const seen = { graphqlAnswers: 0, socketFrames: 0 };
  let inFlight = 0;
  let lastActivity = Date.now();
  const isGraphql = (url: string) => new URL(url).pathname === '/graphql';

  async function inspect(response: Response) {
    const url = new URL(response.url());
    const label = `${response.request().method()} ${url.pathname}${isGraphql(response.url()) ? ` ${operationName(response.request())}` : ''}`;
    if (response.status() >= 400) {
      const body = await response.text().catch(() => '');
      note(`HTTP ${response.status()} from ${label}: ${body.slice(0, 300)}`);
      return;
    }
    if (!isGraphql(response.url())) return;
    seen.graphqlAnswers += 1;
    const body = (await response.json().catch(() => undefined)) as { errors?: GraphQLError[] } | undefined;
    if (body?.errors?.length) note(`GraphQL errors from ${label}: ${describeErrors(body.errors)}`);
  }

  page.on('request', (request) => {
    if (!isGraphql(request.url())) return;
    inFlight += 1;
    lastActivity = Date.now();
  });
  const finished = (request: Request) => {
    if (!isGraphql(request.url())) return;
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', (request) => {
    finished(request);
    // the app cancelled it (a new client after signing in, a page left): nothing the user sees
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    note(
      `request failed: ${request.method()} ${new URL(request.url()).pathname} ${request.failure()?.errorText ?? ''}`,
    );
  });
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== new URL(page.url()).origin) return;
    const body = inspect(response).catch((error: Error) => note(`could not read ${response.url()}: ${error.message}`));
    bodies.add(body);
    void body.finally(() => bodies.delete(body));
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    note(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => note(`uncaught ${error.name}: ${error.message}`));
  page.on('websocket', (socket) => {
    const operations = new Map<string, string>();
    socket.on('framesent', ({ payload }) => {
      const frame = parseFrame(payload);
      if (frame?.type === 'subscribe' && frame.id) operations.set(frame.id, frame.payload?.operationName ?? '?');
    });
    socket.on('framereceived', ({ payload }) => {
      const frame = parseFrame(payload);
      seen.socketFrames += 1;
      const operation = `WebSocket ${operations.get(frame?.id ?? '') ?? '?'}`;
      if (frame?.type === 'error')
        note(`GraphQL error frame for ${operation}: ${describeErrors(asArray(frame.payload))}`);
      if (frame?.type === 'next' && frame.payload?.errors?.length)
        note(`GraphQL errors in a frame for ${operation}: ${describeErrors(frame.payload.errors)}`);
    });
    socket.on('socketerror', (error) => note(`WebSocket error: ${error}`));
  });

  return {
    problems,
    seen,
    /** Names what the user does next, so that problems say where they happened. */
    step(name: string) {
      step = name;
    },
    /**
     * Waits until the page has stopped asking (no GraphQL request for QUIET_MS, no spinner in
     * `main`) and every answer has been read, then looks for a visible alert banner.
     */
    async settle() {
      const deadline = Date.now() + SETTLE_LIMIT_MS;
      for (;;) {
        const quiet = inFlight === 0 && Date.now() - lastActivity >= QUIET_MS;
        if (quiet && (await page.locator('main .spinner').count()) === 0) break;
        if (Date.now() > deadline) {
          note(`still loading after ${SETTLE_LIMIT_MS / 1000} s`);
          break;
        }
        await page.waitForTimeout(50); // polling a condition, bounded by the deadline above
      }
      await Promise.all(bodies);
      for (const alert of await page.getByRole('alert').all()) {
        const text = (await alert.innerText().catch(() => '')).trim();
        if (text) note(`alert banner: "${text.replace(/\s+/g, ' ')}"`);
      }
    },
    /** Every problem, one line each, or '' when there was none. */
    report(): string {
      return problems.map((problem) => `- [${problem.step}] ${problem.url}\n    ${problem.what}`).join('\n');
    },
  };
}

interface Frame {
  type?: string;
  id?: string;
  payload?: { operationName?: string; errors?: GraphQLError[] } & Record<string, unknown>;
}

function parseFrame(payload: string | Buffer): Frame | undefined {
  try {
    return JSON.parse(payload.toString()) as Frame;
  } catch {
    return undefined;
  }
}

const asArray = (payload: unknown): GraphQLError[] => (Array.isArray(payload) ? payload : [payload as GraphQLError]);
