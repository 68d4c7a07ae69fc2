import { Field, ID, InputType, Int } from 'type-graphql';
import { Role } from '../../shared/viewer';

@InputType()
export class CreateUserInput {
  @Field({ description: 'Lower case letters, digits, dot, dash or underscore' })
  username!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Omit (as the administration does): the server makes a one-time password, returned once, that the official must change at first sign-in. Given: the official's own password, checked by the password policy",
  })
  password?: string | null;

  @Field()
  fullName!: string;

  @Field()
  title!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or username, with or without diacritics' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version being edited; a stale version gives CONFLICT' })
  version!: number;

  @Field()
  title!: string;

  @Field(() => Role, { description: 'A change of role or agency ends the official’s sessions' })
  role!: Role;

  @Field(() => ID)
  agencyId!: string;
}
