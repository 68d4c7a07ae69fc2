import { Field, ID, InputType, Int } from 'type-graphql';
import { AgencyKind } from './agency-kind';

@InputType()
export class AgencyFilter {
  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct sub-units of this agency' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level agencies (no parent)' })
  rootsOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches code, name or short name, with or without diacritics' })
  search?: string | null;
}

@InputType()
export class CreateAgencyInput {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version being edited; a stale version gives CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => ID, { nullable: true, description: 'New parent; omit to keep, null to make top-level' })
  parentId?: string | null;
}
