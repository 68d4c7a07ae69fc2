import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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

  @Field({ description: 'false: disabled by an ADMIN (cannot sign in)' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  /**
   * Set when an ADMIN chose the password (a new account, a reset): until the official picks their
   * own with `changePassword`, their sessions may do nothing else (auth/password-change-gate.ts).
   */
  @Field({ description: 'The password was set by an ADMIN: it must be changed before anything else' })
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  /** Set by `UserService.create` (user.policy.ts says when); cleared by `confirmSigningOfficial`. */
  @Field({
    description:
      "A People's Committee LEAD not yet confirmed by another Committee LEAD: acts as STAFF (decides and signs nothing) until then",
  })
  @Property({ type: 'boolean', default: false })
  awaitingConfirmation: boolean = false;

  @Field(() => Int)
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

  /** A password an ADMIN set (`oneTime`) must be replaced by the official's own at first sign-in. */
  setPassword(passwordHash: string, oneTime: boolean): void {
    this.passwordHash = passwordHash;
    this.mustChangePassword = oneTime;
  }

  /**
   * A new title, role or agency. A new role or agency asks again whether the official awaits a
   * Committee lead's confirmation (`awaitsConfirmation`, from user.policy.ts). Returns whether the
   * role or agency changed: their sessions must then end, since a session's never do.
   */
  reassign(title: string, role: Role, agency: Agency, awaitsConfirmation: boolean): boolean {
    this.title = title;
    const moved = role !== this.role || agency.id !== this.agency.id;
    if (moved) {
      this.role = role;
      this.agency = agency;
      this.awaitingConfirmation = awaitsConfirmation;
    }
    return moved;
  }

  constructor(props: UserProps) {
    this.username = props.username;
    this.fullName = props.fullName;
    this.title = props.title;
    this.role = props.role;
    this.agency = props.agency;
    this.passwordHash = props.passwordHash;
  }
}
