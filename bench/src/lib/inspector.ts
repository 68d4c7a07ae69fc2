import WebSocket from 'ws';

/**
 * Talks to a child started with `--inspect=127.0.0.1:0` over the DevTools protocol: forces a full
 * GC (HeapProfiler.collectGarbage, no --expose-gc or endpoint needed) and reads the V8 heap usage.
 */
export interface Inspector {
  collectGarbage(): Promise<void>;
  heapUsedBytes(): Promise<number>;
  close(): void;
}

export function inspectorUrl(output: string): string {
  const match = /Debugger listening on (ws:\/\/\S+)/.exec(output);
  if (!match) throw new Error(`no inspector URL in the output:\n${output}`);
  return match[1];
}

export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
  let nextId = 1;
  const pending = new Map<number, (result: any) => void>();
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const call = (method: string) =>
    new Promise<any>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    async collectGarbage() {
      // Twice: weak references and finalizers freed by the first pass are swept by the second.
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
    },
    async heapUsedBytes() {
      const result = (await call('Runtime.getHeapUsage')) as { usedSize: number };
      return result.usedSize;
    },
    close: () => socket.close(),
  };
}
