import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes). 2 = Algorithm.Argon2id
// (a const enum, which isolated modules cannot import).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

let decoyHash: Promise<string> | null = null;

/**
 * Verifies a password. With no stored hash (unknown user) it still verifies against a decoy,
 * so response time does not reveal which usernames exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  const target = storedHash ?? (await decoyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && storedHash !== null;
}
