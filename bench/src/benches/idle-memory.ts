export async function idleMemory(_args: string[]) { throw new Error('todo'); }
