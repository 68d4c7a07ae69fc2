import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../agencies';
import { Appraisal } from './appraisal.entity';
import type { ResourceKind } from './proposal-enums';
import type { Proposal } from './proposal.entity';

/**
 * Item kind → the code of the agency that appraises it (configurable per province); `MONEY`: the
 * agency that appraises every line carrying an amount, whatever its kind, in addition.
 */
export type AppraisalRouting = Partial<Record<ResourceKind | typeof MONEY_ROUTE, string>>;
export const MONEY_ROUTE = 'MONEY';

/**
 * One appraisal per appraising agency, for the item kinds routed to it: by kind, and every kind
 * that carries money in this proposal to the money appraiser (an appraisal covers whole kinds).
 */
export async function routeAppraisals(
  tx: EntityManager,
  proposal: Proposal,
  routing: AppraisalRouting,
): Promise<Appraisal[]> {
  const kindsByAgencyCode = new Map<string, ResourceKind[]>();
  for (const item of proposal.items) {
    const codes = [routing[item.kind], item.amount === null ? undefined : routing[MONEY_ROUTE]];
    for (const code of new Set(codes.filter((c): c is string => Boolean(c)))) {
      const kinds = kindsByAgencyCode.get(code) ?? [];
      if (!kinds.includes(item.kind)) kinds.push(item.kind);
      kindsByAgencyCode.set(code, kinds);
    }
  }
  if (kindsByAgencyCode.size === 0) return [];
  const agencies = await tx.find(Agency, { code: { $in: [...kindsByAgencyCode.keys()] } });
  return agencies
    .filter((agency) => agency.id !== proposal.requestingAgency.id) // nobody appraises its own request
    .map((agency) => {
      const appraisal = new Appraisal(proposal, proposal.revision, agency, kindsByAgencyCode.get(agency.code)!);
      tx.persist(appraisal);
      return appraisal;
    });
}
