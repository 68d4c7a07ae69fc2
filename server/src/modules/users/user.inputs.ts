import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../shared/viewer';

@InputType()
export class CreateUserInput {
  @Field({ description: 'Lower case letters, digits, dot, dash or underscore' })
  username!: string;

  @Field()
  password!: string;

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
