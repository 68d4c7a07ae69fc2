import { Field, ID, ObjectType } from 'type-graphql';

/** An official as other features show them (author, assignee, actor). */
@ObjectType({ description: 'Người thực hiện (user reference)' })
export class UserSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field()
  title!: string;
}

export const userSummaryJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'fullName', ${alias}.full_name, 'title', ${alias}.title)`;
