export async function coldStart(_args: string[]) { throw new Error('todo'); }
