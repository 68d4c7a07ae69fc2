import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../../shared/loaders';
import { decisionsOfProposals, type DecisionView } from '../decisions';
import { timelinesOf, type TimelineEntry } from '../events';
import { PROPOSAL_AGGREGATE } from './proposal-workflow';
import { revisionsOf } from './proposal.queries';
import type { RevisionView } from './proposal.views';

export const proposalRevisions = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, RevisionView[]>(async (ids) => {
    const byProposal = await revisionsOf(combined, ids);
    return ids.map((id) => byProposal.get(id) ?? []);
  });

export const proposalDecisions = (em: EntityManager) =>
  new DataLoader<string, DecisionView[]>(async (ids) => {
    const byProposal = await decisionsOfProposals(em, ids);
    return ids.map((id) => byProposal.get(id) ?? []);
  });

export const proposalTimelines = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, TimelineEntry[]>(async (ids) => {
    const byProposal = await timelinesOf(combined, PROPOSAL_AGGREGATE, ids);
    return ids.map((id) => byProposal.get(id) ?? []);
  });
