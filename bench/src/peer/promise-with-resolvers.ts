/**
 * PostGraphile 5 declares Node ≥ 22; of what Node 22 added, it uses only Promise.withResolvers
 * (grafast, @dataplan/pg). The bench runs every server on the machine's Node 20 so that the peer
 * and ours share one runtime: this fills that one gap, as the ES2024 spec defines it.
 */
interface WithResolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const ctor = Promise as unknown as { withResolvers?: <T>() => WithResolvers<T> };
ctor.withResolvers ??= <T>() => {
  let resolve!: WithResolvers<T>['resolve'];
  let reject!: WithResolvers<T>['reject'];
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
