import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this user did' })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An action (USER.CREATED) or the start of one (USER., AUTH.)',
  })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (yyyy-MM-dd, province time), inclusive' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day (yyyy-MM-dd, province time), inclusive' })
  to?: string | null;
}

@ObjectType({ description: 'Who did it, as the account reads now' })
export class AuditActor {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  fullName!: string;
}

@ObjectType({ description: 'One row of the hash-chained audit log' })
export class AuditRecord {
  @Field(() => ID, { description: 'Its place in the chain (increasing)' })
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'e.g. USER.CREATED, AUTH.LOGIN_FAILED, REQUEST.SUBMITTED' })
  action!: string;

  @Field(() => AuditActor, { nullable: true, description: 'Null for the system and for failed sign-ins' })
  actor!: AuditActor | null;

  @Field()
  subjectType!: string;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A readable name for the subject (a username, an agency) when there is one',
  })
  subjectLabel!: string | null;

  @Field({ description: 'The details as recorded, as JSON text' })
  details!: string;

  @Field({
    description: 'This row still matches its hash and links to the row before it (the whole chain: auditChainStatus)',
  })
  chainIntact!: boolean;
}

@ObjectType()
export class AuditChainStatus {
  @Field({ description: 'Every row from the first matches its hash and links to the one before' })
  intact!: boolean;

  @Field(() => Int, { description: 'Rows checked (up to the first broken one)' })
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'The first row that does not hold' })
  brokenAtId!: string | null;
}
