import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer';
import { User } from '../modules/users';

/** The demo officials as viewers, so the seed acts through the same services users do. */
export async function demoViewers(
  em: EntityManager,
): Promise<{ viewer(username: string): Viewer; userId(username: string): string }> {
  const users = await em.find(User, {}, { populate: ['agency'] });
  const byName = new Map(users.map((u) => [u.username, u]));
  const user = (username: string) => byName.get(username) ?? fail(`unknown demo user ${username}`);
  return {
    viewer: (username) => {
      const u = user(username);
      return {
        userId: u.id,
        agencyId: u.agency.id,
        role: u.role,
        inCommittee: u.agency.kind === 'PEOPLES_COMMITTEE',
        sessionId: 'seed',
      };
    },
    userId: (username) => user(username).id,
  };
}

export function fail(message: string): never {
  throw new Error(message);
}
