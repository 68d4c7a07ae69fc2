import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/** Active members of each agency, leaders first (enum order is STAFF < LEAD < ADMIN), then by name. */
export const agencyMembers = (em: EntityManager) =>
  new DataLoader<string, User[]>(async (agencyIds) => {
    const rows = await em.find(
      User,
      { agency: { $in: [...agencyIds] }, active: true },
      { orderBy: { role: 'desc', fullName: 'asc' } },
    );
    const byAgency = new Map<string, User[]>();
    for (const row of rows) {
      const list = byAgency.get(row.agency.id) ?? [];
      list.push(row);
      byAgency.set(row.agency.id, list);
    }
    return agencyIds.map((id) => byAgency.get(id) ?? []);
  });
