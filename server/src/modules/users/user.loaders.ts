import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';
import { groupBy } from '../../shared/group-by';

/** Active members of each agency, leaders first (enum order is STAFF < LEAD < ADMIN), then by name. */
export const agencyMembers = (em: EntityManager) =>
  new DataLoader<string, User[]>(async (agencyIds) => {
    const rows = await em.find(
      User,
      { agency: { $in: [...agencyIds] }, active: true },
      { orderBy: { role: 'desc', fullName: 'asc' } },
    );
    const byAgency = groupBy(rows, (row) => row.agency.id);
    return agencyIds.map((id) => byAgency.get(id) ?? []);
  });
