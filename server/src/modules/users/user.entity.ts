import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Agency } from '../agencies';
import { Role } from '../../shared/viewer';

export interface UserProps {
  username: string;
  fullName: string;
  title: string;
  role: Role;
  agency: Agency;
  passwordHash: string;
}

/** An official: belongs to exactly one agency and acts in its name with one role. */
@ObjectType({ description: 'Cán bộ, công chức (an official)' })
@Entity({ tableName: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Login name, lower case' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  username!: string;

  @Field()
  @Property({ type: 'string', length: 255 })
  fullName!: string;

  @Field({ description: 'Position, e.g. "Phó Chủ tịch UBND tỉnh"' })
  @Property({ type: 'string', length: 255 })
  title!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  /** Exposed through a batched field resolver. */
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  @Index()
  agency!: Agency;

  /** Argon2id PHC string; never exposed. */
  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Set by `UserService.create` (user.policy.ts says when); cleared by `confirmSigningOfficial`. */
  @Field({
    description:
      "A People's Committee LEAD not yet confirmed by another Committee LEAD: acts as STAFF (decides and signs nothing) until then",
  })
  @Property({ type: 'boolean', default: false })
  awaitingConfirmation: boolean = false;

  @Property({ version: true })
  version: number = 1;

  /** The role the official acts in: a Committee LEAD awaiting confirmation acts as STAFF (so does the session lookup, in SQL). */
  @Field(() => Role, {
    description:
      'The role the official acts in: STAFF while a Committee LEAD awaits confirmation (who may chair, for one)',
  })
  get actingRole(): Role {
    return this.awaitingConfirmation ? Role.STAFF : this.role;
  }

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(props: UserProps) {
    this.username = props.username;
    this.fullName = props.fullName;
    this.title = props.title;
    this.role = props.role;
    this.agency = props.agency;
    this.passwordHash = props.passwordHash;
  }
}
