import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The event log: one row per change, written in the change's own transaction. Timelines and the
 * audit trail read it; live delivery and resumable subscriptions are driven by its ids, which
 * commit in order (see event-log.ts).
 */
@Entity({ tableName: 'events' })
@Index({ properties: ['aggregateType', 'aggregateId', 'id'] })
export class DomainEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 32 })
  aggregateType!: string;

  @Property({ type: 'uuid' })
  aggregateId!: string;

  @Property({ type: 'string', length: 48 })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorAgencyId!: string | null;

  /** Only the audience may see it, not even the Committee (e.g. a draft's events). */
  @Property({ type: 'boolean', default: false })
  restricted!: boolean;

  /** Agencies whose members may see this event (the Committee sees every unrestricted event). */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  @Index({ type: 'gin' })
  audience!: string[];

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;
}
