import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, fieldError, forbidden, invalidInput, notFound } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { EventBus } from '../../shared/event-bus';
import { VIEWERS_STALE, type SessionCache } from '../../shared/session-cache';
import { isId } from '../../shared/ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../shared/pagination';
import { folded, likePattern } from '../../shared/search';
import { InputChecker } from '../../shared/validation';
import { flushAudited } from '../audit';
import { idempotentCall, once, takeKey, type IdempotentCall } from '../idempotency';
import type { Viewer } from '../../shared/viewer';
import { Agency } from './agency.entity';
import { AGENCY_CHANGED, AgencyChangeKind } from './agency.events';
import type { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { agencyPolicy } from './agency.policy';
import { db, runQuery } from '../../shared/typed-sql';

const CODE_FORMAT = /^[A-Z0-9][A-Z0-9_-]*$/;

export class AgencyService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    /** This process's remembered sessions: forgotten at once when an agency moves. */
    private readonly sessions?: SessionCache,
  ) {}

  /** Keyset page ordered by code (unique), so deep pages cost the same as the first. */
  async list(
    viewer: Viewer | null,
    filter: AgencyFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<Agency>> {
    if (!agencyPolicy.canRead(viewer)) throw forbidden();
    const limit = pageSize(first);
    const qb = this.em
      .createQueryBuilder(Agency, 'a')
      .select('*')
      .orderBy({ code: 'asc' })
      .limit(limit + 1);
    if (after) qb.andWhere({ code: { $gt: String(decodeCursor(after, 1)[0]) } });
    if (filter?.kind) qb.andWhere({ kind: filter.kind });
    if (filter?.rootsOnly) qb.andWhere({ parent: null });
    if (filter?.parentId !== undefined && filter.parentId !== null) {
      if (!isId(filter.parentId)) return toPage([], limit, () => '');
      qb.andWhere({ parent: filter.parentId });
    }
    const search = filter?.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      qb.andWhere(
        `(${folded('a.code')} like ${folded('?')} or ${folded('a.name')} like ${folded('?')} or ${folded('a.short_name')} like ${folded('?')})`,
        [pattern, pattern, pattern],
      );
    }
    const rows = await qb.getResult();
    return toPage(rows, limit, (row) => encodeCursor([row.code]));
  }

  async get(viewer: Viewer | null, id: string): Promise<Agency> {
    if (!agencyPolicy.canRead(viewer)) throw forbidden();
    const agency = isId(id) ? await this.em.findOne(Agency, id) : null;
    if (!agency) throw notFound('agency');
    return agency;
  }

  async create(viewer: Viewer | null, input: CreateAgencyInput): Promise<Agency> {
    if (!agencyPolicy.canManage(viewer)) throw forbidden();
    const call = idempotentCall(viewer!, 'createAgency', input);
    const id = await once(this.em, call, async () => (await this.createOnce(viewer, input, call)).id);
    return this.get(viewer, id);
  }

  private async createOnce(
    viewer: Viewer | null,
    input: CreateAgencyInput,
    call: IdempotentCall | null,
  ): Promise<Agency> {
    const check = new InputChecker();
    const code = check.text('code', input.code?.toUpperCase(), {
      required: true,
      min: 2,
      max: 32,
      pattern: CODE_FORMAT,
    });
    const name = check.text('name', input.name, { required: true, max: 255 });
    const shortName = check.text('shortName', input.shortName, { required: true, max: 100 });
    const parent = await this.findParent(check, input.parentId);
    if (code && (await this.em.count(Agency, { code })) > 0) check.add('code', 'TAKEN', message('agency.codeTaken'));
    check.assertValid();

    const agency = new Agency({ code, name, shortName, kind: input.kind, parent });
    this.em.persist(agency);
    await this.flush(
      viewer,
      agency,
      'CREATED',
      () => invalidInput([fieldError('code', 'TAKEN', message('agency.codeTaken'))]),
      () => takeKey(this.em, call, agency.id),
    );
    await this.bus.publish(AGENCY_CHANGED, { agencyId: agency.id, change: AgencyChangeKind.CREATED });
    return agency;
  }

  async update(viewer: Viewer | null, input: UpdateAgencyInput): Promise<Agency> {
    if (!agencyPolicy.canManage(viewer)) throw forbidden();
    const agency = await this.get(viewer, input.id);
    if (agency.version !== input.version) throw conflict();

    const check = new InputChecker();
    const name = input.name == null ? agency.name : check.text('name', input.name, { required: true, max: 255 });
    const shortName =
      input.shortName == null
        ? agency.shortName
        : check.text('shortName', input.shortName, { required: true, max: 100 });
    const moving = input.parentId !== undefined;
    const parentBefore = agency.parent?.id ?? null;
    const parent = moving ? await this.findParent(check, input.parentId) : agency.parent;
    if (moving && !agency.moveUnder(parent, await this.ancestorIds(parent))) {
      check.add('parentId', 'NOT_ALLOWED', message('agency.parentCycle'));
    }
    check.assertValid();

    agency.rename(name, shortName);
    await this.flush(viewer, agency, 'UPDATED');
    if ((agency.parent?.id ?? null) !== parentBefore) await this.forgetViewers(agency.id);
    await this.bus.publish(AGENCY_CHANGED, { agencyId: agency.id, change: AgencyChangeKind.UPDATED });
    return agency;
  }

  /**
   * The leaders above and below a moved agency act for other units now: remembered sessions are
   * forgotten here at once, and on every other process through the bus (as revocations are).
   */
  private async forgetViewers(agencyId: string): Promise<void> {
    this.sessions?.clear();
    await this.bus.publish(VIEWERS_STALE, { agencyId });
  }

  private async findParent(check: InputChecker, parentId: string | null | undefined): Promise<Agency | null> {
    if (parentId == null) return null;
    const parent = isId(parentId) ? await this.em.findOne(Agency, parentId) : null;
    if (!parent) check.add('parentId', 'NOT_FOUND', message('agency.parentNotFound'));
    return parent;
  }

  /** Ids from `agency` up to the root, in one recursive query. */
  private async ancestorIds(agency: Agency | null): Promise<string[]> {
    if (!agency) return [];
    const rows = await runQuery(
      this.em,
      db
        .withRecursive('chain', (qb) =>
          qb
            .selectFrom('agencies')
            .select(['id', 'parent_id'])
            .where('id', '=', agency.id)
            .unionAll((up) =>
              up
                .selectFrom('agencies as a')
                .innerJoin('chain as c', 'a.id', 'c.parent_id')
                .select(['a.id', 'a.parent_id']),
            ),
        )
        .selectFrom('chain')
        .select('id'),
    );
    return rows.map((row) => row.id);
  }

  /** Flushes with its audit entry, turning a lost optimistic lock or uniqueness race into coded errors. */
  private async flush(
    viewer: Viewer | null,
    agency: Agency,
    change: string,
    duplicate?: () => Error,
    also?: () => Promise<void>,
  ): Promise<void> {
    try {
      await flushAudited(
        this.em,
        () => ({
          actorUserId: viewer?.userId ?? null,
          actorAgencyId: viewer?.agencyId ?? null,
          action: `AGENCY.${change}`,
          subjectType: 'AGENCY',
          subjectId: agency.id,
          details: {
            code: agency.code,
            name: agency.name,
            shortName: agency.shortName,
            parentId: agency.parent?.id ?? null,
          },
        }),
        also,
      );
    } catch (error) {
      if (error instanceof OptimisticLockError) throw conflict();
      if (error instanceof UniqueConstraintViolationException && duplicate) throw duplicate();
      throw error;
    }
  }
}
