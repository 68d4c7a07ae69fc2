import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRequests, type SeedRequestStep } from '@lien-thong/seeds';
import { provinceDate } from '../shared/clock';
import { createEventBus } from '../shared/event-bus';
import type { Viewer } from '../shared/viewer';
import { Agency } from '../modules/agencies';
import { RequestService } from '../modules/requests';
import type { DomainArea } from '../shared/domain-area';
import { demoViewers, fail } from './demo-viewers';
import type { ScenarioClock } from './scenario-clock';

/**
 * Plays the demo requests through the real service, each step at its moment of the story, so
 * codes, participants, events and timelines are exactly what users would have produced.
 */
export async function seedDemoRequests(em: EntityManager, clock: ScenarioClock): Promise<number> {
  const { viewer, userId } = await demoViewers(em);
  const agencyIds = new Map((await em.find(Agency, {})).map((a) => [a.code, a.id]));
  const agencyId = (code: string) => agencyIds.get(code) ?? fail(`unknown demo agency ${code}`);
  // Nothing listens while seeding: events go to an in-memory bus.
  const service = new RequestService(em, createEventBus(new EventTarget()), clock.now);
  const loadedOn = provinceDate(clock.now());

  for (const seed of demoRequests) {
    let moment = clock.momentOf(seed.at);
    let request = await clock.at(em, moment, () =>
      service.create(viewer(seed.author), {
        title: seed.title,
        body: seed.body,
        domain: seed.domain as DomainArea,
        priority: seed.priority as never,
        dueDate: provinceDate(new Date(Date.parse(`${loadedOn}T12:00:00+07:00`) + seed.dueInDays * 86_400_000)),
        leadAgencyId: agencyId(seed.lead),
        supportingAgencyIds: seed.supporting.map(agencyId),
      }),
    );
    for (const step of seed.steps) {
      // steps at the same moment follow each other a minute apart
      moment = step.at ? clock.momentOf(step.at) : new Date(moment.getTime() + 60_000);
      const current = request;
      request = await clock.at(em, moment, () => applyStep(service, step, current, viewer, userId));
    }
  }
  return demoRequests.length;
}

type View = Awaited<ReturnType<RequestService['get']>>;

async function applyStep(
  service: RequestService,
  step: SeedRequestStep,
  request: View,
  viewer: (u: string) => Viewer,
  userId: (u: string) => string,
): Promise<View> {
  const ref = { id: request.id, version: request.version };
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
