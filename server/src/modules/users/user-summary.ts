import { sql, type RawBuilder } from 'kysely';
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

/** SQL building the JSON object UserSummary is read from, for a joined `users` alias. */
export const userSummaryJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'fullName', ${alias}.full_name, 'title', ${alias}.title)`;

/** `userSummaryJson` for queries built with shared/typed-sql.ts: the column reads as a UserSummary. */
export const userSummary = (alias: string): RawBuilder<UserSummary> =>
  sql<UserSummary>`${sql.raw(userSummaryJson(alias))}`;
