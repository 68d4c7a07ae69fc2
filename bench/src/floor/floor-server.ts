/**
 * The floor for reads: a bare node:http + pg server answering the inbox page (50 requests with
 * their agencies and participants) with ONE SQL statement that returns the whole GraphQL-shaped
 * JSON response as text (a named prepared statement: parsed and planned once per connection). No GraphQL, no ORM, no auth: what the hardware and PostgreSQL allow.
 * Usage: DATABASE_URL=... node floor-server.js  (prints "floor ready: http://...")
 */
import http from 'node:http';
import { Pool } from 'pg';

const agency = (a: string) => `json_build_object('id', ${a}.id, 'name', ${a}.name, 'shortName', ${a}.short_name)`;

export const FLOOR_INBOX_SQL = `
select json_build_object('data', json_build_object('requests', json_build_object(
         'edges', coalesce(json_agg(json_build_object('node', page.node) order by page.last_activity_at desc, page.id desc), '[]'::json))))::text as body
  from (
    select r.id, r.last_activity_at, json_build_object(
             'id', r.id, 'code', r.code, 'title', r.title, 'domain', r.domain, 'status', r.status,
             'priority', r.priority, 'dueDate', r.due_date, 'lastActivityAt', r.last_activity_at,
             'overdue', (r.status in ('SUBMITTED', 'IN_PROGRESS', 'ESCALATED', 'DECLINED')
                         and r.due_date < (now() at time zone 'Asia/Ho_Chi_Minh')::date),
             'requestingAgency', ${agency('ra')},
             'leadAgency', ${agency('la')},
             'participants', coalesce((
               select json_agg(json_build_object('agency', ${agency('pa')}, 'role', p.role, 'state', p.state) order by p.role, pa.code)
                 from request_participants p join agencies pa on pa.id = p.agency_id
                where p.request_id = r.id), '[]'::json)) as node
      from requests r
      join agencies ra on ra.id = r.requesting_agency_id
      join agencies la on la.id = r.lead_agency_id
     where r.status <> 'DRAFT'
       and exists (select 1 from request_participants ip where ip.request_id = r.id and ip.agency_id = $1)
     order by r.last_activity_at desc, r.id desc
     limit $2) page`;

if (require.main === module) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let agencyId: string;
      let first: number;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          variables: { agencyId: string; first: number };
        };
        ({ agencyId, first } = body.variables);
      } catch {
        res.writeHead(400).end();
        return;
      }
      pool.query<{ body: string }>({ name: 'inbox', text: FLOOR_INBOX_SQL, values: [agencyId, first] }).then(
        (result) => {
          const text = result.rows[0].body;
          res
            .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
            .end(text);
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`floor ready: http://127.0.0.1:${port}/`);
  });
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  });
}
