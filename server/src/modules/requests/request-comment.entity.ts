import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { User } from '../users';
import type { CoordinationRequest } from './request.entity';

@Entity({ tableName: 'request_comments' })
@Index({ properties: ['request', 'createdAt'] })
export class RequestComment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'CoordinationRequest', deleteRule: 'cascade' })
  request!: Rel<CoordinationRequest>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  /** The agency the author spoke for (their agency at the time). */
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  constructor(request: CoordinationRequest, author: User, agency: Agency, body: string) {
    this.request = request;
    this.author = author;
    this.agency = agency;
    this.body = body;
  }
}
