import { sql, type RawBuilder } from 'kysely';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgencyKind } from './agency-kind';

/** An agency as other features show it: read straight from a joined row, no extra query. */
@ObjectType({ description: 'Tên và mã của một cơ quan (agency reference)' })
export class AgencySummary {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;
}

/** SQL building the JSON object AgencySummary is read from, for a joined `agencies` alias. */
export const agencySummaryJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'shortName', ${alias}.short_name, 'kind', ${alias}.kind)`;

/** `agencySummaryJson` for queries built with shared/typed-sql.ts: the column reads as an AgencySummary. */
export const agencySummary = (alias: string): RawBuilder<AgencySummary> =>
  sql<AgencySummary>`${sql.raw(agencySummaryJson(alias))}`;
