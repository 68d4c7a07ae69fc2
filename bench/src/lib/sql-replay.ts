/**
 * Replays a mutation's captured SQL (bench/src/lib/pg-capture.ts) with fresh values: the writes
 * benchmark's floor. The server (MikroORM, and its own `runSql`) sends literal-inlined simple
 * queries, plus `pg_notify($1, $2)` after commit; a template is those exact texts with the values
 * that must differ per run replaced by `{{name}}` placeholders:
 *
 * - given per item by the caller: the aggregate's id, a proposal's code and item ids, a new
 *   decision id (MikroORM makes entity ids in Node);
 * - `{{now}}`: every ISO timestamp literal, the time the statement is sent;
 * - carried forward from what PostgreSQL answers, as the server does: the year's counter value
 *   (`insert into reference_counters ... returning last`) → `{{number}}` (and whatever the caller
 *   derives from it, e.g. the PH-YYYY-NNNN code); the event id (`insert into events ... returning
 *   id`) → `{{eventId}}`; the audit row id and the previous hash (`select nextval(...) as id,
 *   (select hash ...) as prev`) → `{{auditId}}`, `{{prevHash}}`; and `{{hash}}`, the audit row's
 *   chain hash, computed like server/src/modules/audit/audit-chain.ts (so `npm run audit:verify`
 *   still holds after the floor ran).
 */
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { CapturedStatement } from './pg-capture';

export interface TemplateStatement {
  text: string;
  params: (string | null)[];
  simple: boolean;
}

export type Vars = Record<string, string>;

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/** Turns captured statements into a template: each literal → its placeholder, in the order given. */
export function templatise(
  captured: CapturedStatement[],
  literals: [literal: string, placeholder: string][],
): TemplateStatement[] {
  const apply = (s: string) => {
    let out = s;
    for (const [literal, placeholder] of literals) out = out.split(literal).join(placeholder);
    return out.replace(ISO, '{{now}}');
  };
  return captured.map((c) => ({
    text: apply(c.text),
    params: c.params.map((p) => (p === null ? null : apply(p))),
    simple: c.simple,
  }));
}

function fill(s: string, vars: Vars): string {
  return s.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name === 'hash' ? whole : (vars[name] ?? whole)));
}

/** The SQL literals of an INSERT's `values (...)`: quoted strings (casts dropped), NULL, numbers. */
function valuesOf(text: string): (string | null)[] {
  const start = text.search(/values\s*\(/i);
  const s = text.slice(text.indexOf('(', start) + 1);
  const out: (string | null)[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ')') break;
    if (ch === ',' || /\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (s[i] === "'" && s[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (s[i] === "'") {
          i++;
          break;
        } else value += s[i++];
      }
      out.push(value);
      while (s[i] === ':' && s[i + 1] === ':') {
        i += 2;
        while (/[\w[\]]/.test(s[i])) i++;
      }
    } else {
      const m = /^[^,)\s]+/.exec(s.slice(i))!;
      out.push(m[0].toUpperCase() === 'NULL' ? null : m[0]);
      i += m[0].length;
    }
  }
  return out;
}

/** canonicalJson + chainHash of server/src/modules/audit/audit-chain.ts, reimplemented (no server import in the floor). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function auditHash(insert: string, prevHash: string): string {
  // insert into audit_log (id, at, actor_user_id, actor_agency_id, action, subject_type, subject_id, details, prev_hash, hash)
  const [id, at, actorUserId, actorAgencyId, action, subjectType, subjectId, details] = valuesOf(insert);
  const content = {
    id,
    at,
    actorUserId,
    actorAgencyId,
    action,
    subjectType,
    subjectId,
    details: JSON.parse(details ?? '{}'),
  };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/**
 * Runs the template once on `client` (statements in captured order: BEGIN ... COMMIT, then the
 * read-back and the NOTIFYs the server sends after commit). `derive` adds values computed from
 * the carried-forward ones (e.g. the request code from `number`). Throws (after ROLLBACK) when a
 * statement fails or an UPDATE does not touch exactly one row: the replay must do the same work.
 */
export async function replay(
  client: PoolClient,
  template: TemplateStatement[],
  given: Vars,
  derive: (vars: Vars) => void = () => undefined,
): Promise<void> {
  const vars: Vars = { ...given };
  let inTransaction = false;
  try {
    for (const statement of template) {
      vars.now = new Date().toISOString();
      let text = fill(statement.text, vars);
      if (text.includes('{{hash}}')) text = text.replace('{{hash}}', auditHash(text, vars.prevHash ?? ''));
      const params = statement.params.map((p) => (p === null ? null : fill(p, vars)));
      const left = /\{\{\w+\}\}/.exec(text + params.join(''));
      if (left) throw new Error(`replay: no value for ${left[0]} in ${text.slice(0, 120)}`);
      const result = statement.simple ? await client.query(text) : await client.query(text, params);
      if (/^\s*begin/i.test(text)) inTransaction = true;
      else if (/^\s*(commit|rollback)/i.test(text)) inTransaction = false;
      else if (/^\s*update\s/i.test(text) && result.rowCount !== 1)
        throw new Error(`replay: update touched ${result.rowCount} rows: ${text.slice(0, 120)}`);
      const row = result.rows?.[0] as Record<string, unknown> | undefined;
      if (/insert into reference_counters/i.test(text)) {
        vars.number = String(row!.last);
        derive(vars);
      } else if (/insert into events\b/i.test(text)) {
        vars.eventId = String(row!.id);
      } else if (/nextval\(pg_get_serial_sequence\('audit_log'/i.test(text)) {
        vars.auditId = String(row!.id);
        vars.prevHash = (row!.prev as string | null) ?? '';
      }
    }
  } catch (error) {
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
