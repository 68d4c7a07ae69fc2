import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { wallClock, type Clock } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { decodeTimeCursor, pageSize, timeCursor, toPage, type Page } from '../../shared/pagination';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { idempotentCall, once, takeKey } from '../idempotency';
import { User } from '../users';
import type { AppraisalRouting } from './proposal-appraisal-routing';
import { ProposalCommands } from './proposal-commands';
import { checkProposalDraft } from './proposal-draft-check';
import type * as Inputs from './proposal.inputs';
import { ProposalItem } from './proposal-item.entity';
import { findVisibleProposal, listProposals, proposalRow, proposalVisible } from './proposal.queries';
import type { ProposalStatus } from './proposal-status';
import { Proposal } from './proposal.entity';
import type { ProposalView } from './proposal.views';
import { proposalCommandRunner, publishProposalChange, recordProposalChange } from './proposal-workflow';

export { PROPOSAL_AGGREGATE } from './proposal-workflow';
export type { AppraisalRouting } from './proposal-appraisal-routing';

export interface ProposalSettings {
  appraisalRouting: AppraisalRouting;
  /** Printed on decisions. */
  provinceName: string;
}

/**
 * Funding and resource proposals: reading and creating them; the workflow actions are
 * ProposalCommands' (proposal-commands.ts), exposed here too. Each change is one transaction.
 */
export class ProposalService {
  private readonly commands: ProposalCommands;

  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    settings: ProposalSettings,
    private readonly clock: Clock = wallClock,
  ) {
    this.commands = new ProposalCommands(
      em,
      settings,
      clock,
      proposalCommandRunner(em, bus, clock, (viewer, id) => this.get(viewer, id)),
    );
  }

  async get(viewer: Viewer, id: string): Promise<ProposalView> {
    const view = isId(id) ? await findVisibleProposal(this.em, viewer, id) : null;
    if (!view) throw notFound('proposal');
    return view;
  }

  /** Visible proposals, newest activity first; `awaitingDecision` is the Committee's queue (oldest first). */
  async list(
    viewer: Viewer,
    filter: { status?: ProposalStatus | null; awaitingDecision?: boolean | null } | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<ProposalView>> {
    const limit = pageSize(first);
    const where = [proposalVisible(viewer)];
    if (filter?.awaitingDecision) where.push(sql<SqlBool>`p.status = 'IN_REVIEW'`);
    else if (filter?.status) where.push(proposalRow('p.status', '=', filter.status));
    const oldestFirst = Boolean(filter?.awaitingDecision);
    if (after) {
      const [at, id] = decodeTimeCursor(after);
      where.push(
        sql<SqlBool>`(p.last_activity_at, p.id) ${sql.raw(oldestFirst ? '>' : '<')} (${at}::timestamptz, ${id}::uuid)`,
      );
    }
    const rows = await listProposals(this.em, where, oldestFirst ? 'asc' : 'desc', limit + 1);
    return toPage(rows, limit, (p) => timeCursor(p.lastActivityAt, p.id));
  }

  async create(viewer: Viewer, input: Inputs.CreateProposalInput): Promise<ProposalView> {
    const call = idempotentCall(viewer, 'createProposal', input);
    const id = await once(this.em, call, async () => {
      const draft = await checkProposalDraft(this.em, viewer, input, this.clock());
      const recorded = await this.em.transactional(async (tx) => {
        const proposal = new Proposal({
          ...draft,
          requestingAgency: tx.getReference(Agency, viewer.agencyId),
          author: tx.getReference(User, viewer.userId),
        });
        draft.items.forEach((item, i) => proposal.items.add(new ProposalItem(proposal, i, item)));
        proposal.createdAt = proposal.lastActivityAt = this.clock();
        tx.persist(proposal);
        await tx.flush();
        await takeKey(tx, call, proposal.id);
        return recordProposalChange(tx, viewer, { proposal, appraisals: [] }, { type: 'CREATED' });
      });
      await publishProposalChange(this.bus, recorded);
      return recorded.notice.aggregateId;
    });
    return this.get(viewer, id);
  }

  // The workflow actions, as the resolver and the seeder call them.
  updateDraft = (viewer: Viewer, input: Inputs.UpdateProposalDraftInput) => this.commands.updateDraft(viewer, input);
  submit = (viewer: Viewer, input: Inputs.ProposalActionInput) => this.commands.submit(viewer, input);
  appraise = (viewer: Viewer, input: Inputs.AppraiseProposalInput) => this.commands.appraise(viewer, input);
  returnForRevision = (viewer: Viewer, input: Inputs.ProposalReasonInput) =>
    this.commands.returnForRevision(viewer, input);
  reopenAppraisal = (viewer: Viewer, input: Inputs.ProposalReasonInput) => this.commands.reopenAppraisal(viewer, input);
  withdraw = (viewer: Viewer, input: Inputs.ProposalActionInput) => this.commands.withdraw(viewer, input);
  decide = (viewer: Viewer, input: Inputs.DecideProposalInput) => this.commands.decide(viewer, input);
}
