import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from './agency.entity';
import { groupBy } from '../../shared/group-by';

/** Batches agency look-ups by id (parents, a user's agency, ...) into one query per tick. */
export const agencyById = (em: EntityManager) =>
  new DataLoader<string, Agency | null>(async (ids) => {
    const rows = await em.find(Agency, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** Direct sub-units of each agency, ordered by code. */
export const agencyChildren = (em: EntityManager) =>
  new DataLoader<string, Agency[]>(async (parentIds) => {
    const rows = await em.find(Agency, { parent: { $in: [...parentIds] } }, { orderBy: { code: 'asc' } });
    const byParent = groupBy(rows, (row) => row.parent!.id);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
