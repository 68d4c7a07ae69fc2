import type { EntityManager } from '@mikro-orm/postgresql';
import { demoProposals, type SeedProposalStep } from '@lien-thong/seeds';
import { provinceYear } from '../shared/clock';
import type { ScenarioClock } from './scenario-clock';
import type { Viewer } from '../shared/viewer';
import { createEventBus } from '../shared/event-bus';
import { runSql } from '../shared/sql';
import { ProposalService, type ProposalSettings } from '../modules/proposals';
import { demoViewers } from './demo-viewers';

type View = Awaited<ReturnType<ProposalService['get']>>;

/**
 * Plays the demo proposals through the real service, each step at its moment of the story: codes,
 * budget years, routing, appraisals and decisions (numbered and dated in their own year).
 */
export async function seedDemoProposals(
  em: EntityManager,
  settings: ProposalSettings,
  clock: ScenarioClock,
): Promise<number> {
  const { viewer } = await demoViewers(em);
  const service = new ProposalService(em, createEventBus(new EventTarget()), settings, clock.now);
  for (const seed of demoProposals) {
    let moment = clock.momentOf(seed.at);
    const linkedTaskIds = seed.linkedTasks ? await taskIdsOf(em, viewer(seed.author).agencyId, seed.linkedTasks) : [];
    let proposal = await clock.at(em, moment, () =>
      service.create(viewer(seed.author), {
        title: seed.title,
        rationale: seed.rationale,
        fiscalYear: provinceYear(moment),
        linkedRequestIds: [],
        linkedTaskIds,
        items: seed.items.map((item) => ({
          ...item,
          kind: item.kind as never,
          amount: item.amount === null ? null : BigInt(item.amount),
        })),
      }),
    );
    for (const step of seed.steps) {
      moment = step.at ? clock.momentOf(step.at) : new Date(moment.getTime() + 60_000);
      const current = proposal;
      proposal = await clock.at(em, moment, () => applyStep(service, step, current, viewer));
    }
  }
  return demoProposals.length;
}

/** The author agency's tasks of a quarter in some domains (e.g. the late land tasks a petition would unblock). */
async function taskIdsOf(
  em: EntityManager,
  agencyId: string,
  which: { year: number; quarter: number; domains: string[] },
): Promise<string[]> {
  const rows = await runSql<{ id: string }[]>(
    em,
    `select id from tasks where owner_agency_id = ? and period_year = ? and period_quarter = ? and domain::text = any(?::text[]) order by code`,
    [agencyId, which.year, which.quarter, `{${which.domains.join(',')}}`],
  );
  return rows.map((r) => r.id);
}

function applyStep(
  service: ProposalService,
  step: SeedProposalStep,
  proposal: View,
  viewer: (username: string) => Viewer,
): Promise<View> {
  const ref = { id: proposal.id, version: proposal.version };
  switch (step.do) {
    case 'submit':
      return service.submit(viewer(step.as), ref);
    case 'appraise':
      return service.appraise(viewer(step.as), {
        ...ref,
        opinion: step.opinion as never,
        comment: step.comment,
        recommendations: Object.entries(step.recommend ?? {}).map(([position, r]) => ({
          itemId: proposal.items[Number(position)].id,
          amount: r.amount === undefined ? null : BigInt(r.amount),
          quantity: r.quantity ?? null,
        })),
      });
    case 'decide':
      return service.decide(viewer(step.as), {
        ...ref,
        conditions: step.conditions,
        grants: step.grants.map((grant, i) => ({
          itemId: proposal.items[i].id,
          grantedQuantity: grant.quantity,
          grantedAmount: grant.amount === undefined ? null : BigInt(grant.amount),
        })),
      });
  }
}
