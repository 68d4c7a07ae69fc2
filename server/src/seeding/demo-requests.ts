import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRequests, type SeedRequestStep } from '@lien-thong/seeds';
import { provinceDate } from '../shared/clock';
import { createEventBus } from '../shared/event-bus';
import type { Viewer } from '../shared/viewer';
import { Agency } from '../modules/agencies';
import { RequestService } from '../modules/requests';
import type { DomainArea } from '../shared/domain-area';
import { demoViewers, fail } from './demo-viewers';
import { runSql } from '../shared/sql';

/**
 * Plays the demo requests through the real service, so codes, participants, events and
 * timelines are exactly what users would have produced.
 */
export async function seedDemoRequests(em: EntityManager): Promise<number> {
  const { viewer, userId } = await demoViewers(em);
  const agencyIds = new Map((await em.find(Agency, {})).map((a) => [a.code, a.id]));
  const agencyId = (code: string) => agencyIds.get(code) ?? fail(`unknown demo agency ${code}`);
  // Nothing listens while seeding: events go to an in-memory bus.
  const service = new RequestService(em, createEventBus(new EventTarget()));

  for (const seed of demoRequests) {
    const due = provinceDate(new Date(Date.now() + seed.dueInDays * 86_400_000));
    let request = await service.create(viewer(seed.author), {
      title: seed.title,
      body: seed.body,
      domain: seed.domain as DomainArea,
      priority: seed.priority as never,
      dueDate: due,
      leadAgencyId: agencyId(seed.lead),
      supportingAgencyIds: seed.supporting.map(agencyId),
    });
    for (const step of seed.steps) {
      request = await applyStep(em, service, step, request, viewer, userId);
    }
  }
  return demoRequests.length;
}

type View = Awaited<ReturnType<RequestService['get']>>;

async function applyStep(em: EntityManager, service: RequestService, step: SeedRequestStep, request: View, viewer: (u: string) => Viewer, userId: (u: string) => string): Promise<View> {
  const ref = { id: request.id, version: request.version };
  if (step.do === 'becomeOverdue') {
    // a plain update: the version stays, as when nobody touched the request
    await runSql(em, `update requests set due_date = current_date - ?::int where id = ?`, [step.daysLate, request.id]);
    return request;
  }
  const actor = viewer(step.as);
  switch (step.do) {
    case 'submit':
      return service.submit(actor, ref);
    case 'acknowledge':
      return service.acknowledge(actor, ref);
    case 'assign':
      return service.assign(actor, { ...ref, assigneeId: userId(step.to) });
    case 'respond':
      return service.respond(actor, { ...ref, text: step.text });
    case 'decline':
      return service.decline(actor, { ...ref, text: step.text });
    case 'escalate':
      return service.escalate(actor, { ...ref, text: step.text });
    case 'comment':
      return service.comment(actor, { id: request.id, body: step.text });
    case 'close':
      return service.close(actor, { ...ref, text: step.text });
  }
}
