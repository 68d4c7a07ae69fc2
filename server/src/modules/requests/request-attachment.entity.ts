import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { User } from '../users';
import type { CoordinationRequest } from './request.entity';

/** A file attached to a request. The bytes live in the attachment store, named by `id`. */
@Entity({ tableName: 'request_attachments' })
@Index({ properties: ['request', 'createdAt'] })
// an agency's stored bytes, for its quota (attachment-quota.ts), read from the index alone
@Index({ properties: ['agency', 'size'] })
export class RequestAttachment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'CoordinationRequest', deleteRule: 'cascade' })
  request!: Rel<CoordinationRequest>;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: new BigIntType('number') })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  uploadedBy!: User;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
