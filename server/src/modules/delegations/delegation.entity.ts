import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DelegationForm, Power } from '../../shared/powers';
import { Agency } from '../agencies';
import { User } from '../users';

export interface DelegationProps {
  grantor: User;
  delegate: User;
  powers: Power[];
  form: DelegationForm;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
}

/**
 * A leader's delegation (ủy quyền) of named powers to an official of the same agency for a
 * period of province days. It is never swept: whether it is in force is asked of the clock
 * (shared/powers.ts `delegationsInForce`); revoking dates it, and nothing else changes it.
 */
@Entity({ tableName: 'delegations' })
@Index({ properties: ['delegate', 'endsOn'] })
@Index({ properties: ['grantor', 'createdAt'] })
export class Delegation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  grantor!: User;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  delegate!: User;

  /** The grantor's agency when given: the delegate belongs to it too. */
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'string[]', columnType: 'text[]' })
  powers!: Power[];

  /** KT. for a delegate who leads (a deputy), TL. for one who does not; fixed when given. */
  @Enum({ items: () => DelegationForm, nativeEnumName: 'delegation_form' })
  form!: DelegationForm;

  @Property({ type: 'date' })
  startsOn!: string;

  /** The last day in force (inclusive). */
  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict', nullable: true })
  revokedBy: User | null = null;

  constructor(props: DelegationProps) {
    this.grantor = props.grantor;
    this.delegate = props.delegate;
    this.agency = props.grantor.agency;
    this.powers = props.powers;
    this.form = props.form;
    this.startsOn = props.startsOn;
    this.endsOn = props.endsOn;
    this.createdAt = props.createdAt;
  }

  /** Ends the delegation now; the caller has checked it is still given (not revoked, not ended). */
  revoke(by: User, at: Date): void {
    this.revokedAt = at;
    this.revokedBy = by;
  }
}
