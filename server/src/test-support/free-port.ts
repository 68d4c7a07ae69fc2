import net from 'node:net';

/**
 * A TCP port nothing listens on now, chosen by the kernel (a random pick can land on a port an
 * outgoing connection is using). Another process could still take it before the caller binds
 * it; callers that cannot retry should pass port 0 where they can.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
