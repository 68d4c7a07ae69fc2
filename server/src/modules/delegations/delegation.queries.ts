import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DelegationForm, DelegationPerson, HeldDelegation, Power } from '../../shared/powers';
import { db, runQuery } from '../../shared/typed-sql';
import { userSummary, type UserSummary } from '../users';
import { delegationStatus, formTextFor } from './delegation-rules';
import type { DelegationView, MyDelegationsView } from './delegation.views';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    delegation_form: DelegationForm;
  }
}

/** The viewer's delegations given and received, newest first (a person's list: no paging needed past 100). */
export async function myDelegations(em: EntityManager, userId: string, today: string): Promise<MyDelegationsView> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('delegations as d')
      .innerJoin('users as g', 'g.id', 'd.grantor_id')
      .innerJoin('users as u', 'u.id', 'd.delegate_id')
      .select(['d.id', 'd.grantor_id', 'd.form', 'd.created_at', 'd.revoked_at'])
      .select([
        sql<Power[]>`d.powers`.as('powers'),
        sql<string>`d.starts_on::text`.as('starts_on'),
        sql<string>`d.ends_on::text`.as('ends_on'),
        userSummary('g').as('grantor'),
        userSummary('u').as('delegate'),
      ])
      .where((eb) => eb.or([eb('d.grantor_id', '=', userId), eb('d.delegate_id', '=', userId)]))
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(200),
  );
  const views = rows.map((row) => ({ grantorId: row.grantor_id, view: toView(row, today) }));
  return {
    given: views.filter((v) => v.grantorId === userId).map((v) => v.view),
    received: views.filter((v) => v.grantorId !== userId).map((v) => v.view),
  };
}

export async function findDelegation(em: EntityManager, id: string, today: string): Promise<DelegationView | null> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('delegations as d')
      .innerJoin('users as g', 'g.id', 'd.grantor_id')
      .innerJoin('users as u', 'u.id', 'd.delegate_id')
      .select(['d.id', 'd.form', 'd.created_at', 'd.revoked_at'])
      .select([
        sql<Power[]>`d.powers`.as('powers'),
        sql<string>`d.starts_on::text`.as('starts_on'),
        sql<string>`d.ends_on::text`.as('ends_on'),
        userSummary('g').as('grantor'),
        userSummary('u').as('delegate'),
      ])
      .where('d.id', '=', id),
  );
  return row ? toView(row, today) : null;
}

interface ViewRow {
  id: string;
  form: DelegationForm;
  powers: Power[];
  starts_on: string;
  ends_on: string;
  created_at: string | Date;
  revoked_at: string | Date | null;
  grantor: UserSummary;
  delegate: UserSummary;
}

function toView(row: ViewRow, today: string): DelegationView {
  return {
    id: row.id,
    grantor: row.grantor,
    delegate: row.delegate,
    powers: row.powers,
    form: row.form,
    formText: formTextFor(row.form, row.grantor.title, row.delegate.title),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: delegationStatus({ startsOn: row.starts_on, endsOn: row.ends_on, revokedAt: row.revoked_at }, today),
    createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}

/** A received delegation as the session's one statement reads it (see `heldDelegationsOf`). */
export interface HeldRow {
  id: string;
  powers: Power[];
  form: DelegationForm;
  startsOn: string;
  endsOn: string;
  grantor: DelegationPerson;
}

/**
 * A column for the session lookup: the delegations received by the user `userId` names, not
 * revoked and not ended by `today` (the caller's clock), from a grantor still active, still
 * leading and in the delegate's agency (a leader who no longer leads has nothing to delegate).
 * Which are in force is decided per request (shared/powers.ts).
 */
export function heldDelegationsOf(
  userId: Expression<string>,
  agencyId: Expression<string>,
  today: string,
): RawBuilder<HeldRow[]> {
  return sql<HeldRow[]>`coalesce((
    select json_agg(json_build_object(
      'id', d.id, 'powers', d.powers, 'form', d.form, 'startsOn', d.starts_on, 'endsOn', d.ends_on,
      'grantor', json_build_object('id', g.id, 'fullName', g.full_name, 'title', g.title)
    ) order by d.created_at desc)
    from delegations d join users g on g.id = d.grantor_id
    where d.delegate_id = ${userId} and d.agency_id = ${agencyId} and g.agency_id = ${agencyId}
      and d.revoked_at is null and d.ends_on >= ${today}::date
      and g.active and g.role = 'LEAD' and not g.awaiting_confirmation
  ), '[]'::json)`;
}

/** The session's delegations with the text they are signed with (the delegate's title as now). */
export const toHeldDelegations = (rows: readonly HeldRow[], delegateTitle: string): HeldDelegation[] =>
  rows.map((row) => ({ ...row, formText: formTextFor(row.form, row.grantor.title, delegateTitle) }));

/** The delegate's live sessions: the ones whose remembered viewer a delegation change makes stale. */
export async function liveSessionsOf(tx: EntityManager, userId: string): Promise<string[]> {
  const rows = await runQuery(
    tx,
    db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where(sql<SqlBool>`expires_at > now()`),
  );
  return rows.map((row) => row.id);
}
