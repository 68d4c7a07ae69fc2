import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyKind } from './agency-kind';

export interface AgencyProps {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parent: Agency | null;
}

/** A provincial body or one of its sub-units (division, office, branch). */
@ObjectType({ description: 'Cơ quan, đơn vị (agency or sub-unit)' })
@Entity({ tableName: 'agencies' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Stable short code, e.g. STNMT; demo logins are <code>.<role>' })
  @Property({ type: 'string', length: 32 })
  @Unique()
  code!: string;

  @Field({ description: 'Full Vietnamese name' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field({ description: 'Short name for headers and lists, e.g. "Sở TN&MT"' })
  @Property({ type: 'string', length: 100 })
  shortName!: string;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  /** Exposed through a field resolver (batched), not directly. */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  @Index()
  parent: Agency | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version: number = 1;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(props: AgencyProps) {
    this.code = props.code;
    this.name = props.name;
    this.shortName = props.shortName;
    this.kind = props.kind;
    this.parent = props.parent;
  }

  rename(name: string, shortName: string): void {
    this.name = name;
    this.shortName = shortName;
  }

  /** `ancestorsOfParent` is the new parent's chain up to the root, so cycles can be refused. */
  moveUnder(parent: Agency | null, ancestorsOfParent: string[]): boolean {
    if (parent && (parent.id === this.id || ancestorsOfParent.includes(this.id))) return false;
    this.parent = parent;
    return true;
  }
}
