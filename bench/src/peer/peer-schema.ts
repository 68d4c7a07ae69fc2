/**
 * What PostGraphile needs to serve the inbox page, created by the bench in the `bench_peer` schema
 * of its own database (never in a migration): our public tables stay as they are, and PostGraphile
 * infers the agencies and participants from their foreign keys.
 */
import { psql } from '../lib/db';

export const PEER_SCHEMA = 'bench_peer';

const SQL = `
set client_min_messages = warning;
drop schema if exists ${PEER_SCHEMA} cascade;
create schema ${PEER_SCHEMA};

-- An agency's inbox: the submitted requests it takes part in, newest activity first. It walks the
-- participations' (agency, last_activity_at, request) index as our server does for one agency.
-- A plain SQL function, so PostgreSQL inlines it and PostGraphile's LIMIT reaches the index scan.
create function ${PEER_SCHEMA}.inbox(agency uuid) returns setof public.requests
  language sql stable parallel safe as $$
  select r.*
    from public.request_participants ip
    join public.requests r on r.id = ip.request_id
   where ip.agency_id = agency and r.status <> 'DRAFT'
   order by ip.last_activity_at desc, ip.request_id desc
$$;

-- Request.overdue, as the floor computes it (open and past its due date in Vietnam's calendar).
create function ${PEER_SCHEMA}.requests_overdue(r public.requests) returns boolean
  language sql stable parallel safe as $$
  select r.status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED', 'DECLINED')
     and r.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date
$$;
`;

export function createPeerSchema(db: string) {
  psql(SQL, db);
}
