import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last number issued per (scope, year): request codes, decision numbers. */
@Entity({ tableName: 'reference_counters' })
export class ReferenceCounter {
  @PrimaryKey({ type: 'string', length: 32 })
  scope!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
