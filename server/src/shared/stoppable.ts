/**
 * An async generator cannot be stopped while it is awaiting: `return()` is queued behind the
 * pending `next()`, so its `finally` runs only when the awaited thing settles. graphql-ws calls
 * `return()` when a client unsubscribes or its socket closes; a subscription generator that waits
 * for the next bus event would then never finish, and its bus listeners (and everything they
 * hold) would stay for the life of the process — a leak per closed subscription.
 *
 * `stoppable` wraps such a generator: its `return()` and `throw()` first close the sources the
 * generator waits on (which ends the pending await), then hand over to the generator, whose
 * `finally` runs as usual. Closing happens once, however often it is asked for.
 */
export function stoppable<T>(generator: AsyncGenerator<T>, closeSources: () => Promise<unknown>): AsyncGenerator<T> {
  let closing: Promise<unknown> | null = null;
  const close = () => (closing ??= closeSources().catch(() => undefined));
  const stream: AsyncGenerator<T> = {
    next: (...args) => generator.next(...args),
    async return(value) {
      await close();
      return generator.return(value);
    },
    async throw(error) {
      await close();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
    [Symbol.asyncDispose]: async () => {
      await stream.return(undefined);
    },
  };
  return stream;
}
