/**
 * Replays a mutation's captured SQL (bench/src/lib/pg-capture.ts) with fresh values: the writes
 * benchmark's floor. The server (MikroORM, Kysely through `runSql`) sends literal-inlined simple
 * queries, plus `pg_notify($1, $2)` after commit; a template is those exact texts with the values
 * that must differ per run replaced by `{{name}}` placeholders:
 *
 * - given per item by the caller: the aggregate's id, a proposal's code and item ids, new ids
 *   that the server makes in Node (a decision's, its signed document's);
 * - `{{atN}}`: each distinct ISO timestamp of the capture, the time it is first needed in the
 *   replay (so values the server wrote twice, e.g. a decision's signing time, stay equal);
 * - carried forward from what PostgreSQL answers, as the server does (`CARRIED`): the record-code
 *   sequence's or the gapless counter's value → `{{number}}` (and what the caller derives from
 *   it, e.g. the PH-YYYY-NNNN code); the event id → `{{eventId}}`; the audit row id drawn under
 *   the commit-order lock → `{{auditId}}`, used by the audit row inserted next;
 * - computed in Node as the server does: `{{seal}}`, a decision's seal (`decisionSeal`).
 *
 * The audit chain's previous hash and new hash are computed by the server's statement itself, in
 * PostgreSQL, so the replayed rows chain like the server's (`npm run audit:verify` holds).
 * Statements are recognised with identifiers quoted or not (`bare`): Kysely and MikroORM quote
 * them, the server's hand-written SQL does not.
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

/** The text with its double quotes dropped: `insert into "events"` and `insert into events` read alike. */
const bare = (sql: string) => sql.replace(/"/g, '');

/** An audit row's insert (modules/audit/audit-log.ts `appendAuditUnderLock`): its id is the first literal. */
const AUDIT_INSERT = /^\s*insert into audit_log\s*\([^)]*\)\s*select\s+'(\d+)'::bigint/i;

/**
 * Turns captured statements into a template: each literal → its placeholder (in the order given),
 * each audit row's id → `{{auditId}}`, each distinct ISO timestamp → `{{atN}}`.
 */
export function templatise(
  captured: CapturedStatement[],
  literals: [literal: string, placeholder: string][],
): TemplateStatement[] {
  const instants = new Map<string, string>();
  const apply = (s: string, auditId: string | undefined) => {
    let out = s;
    for (const [literal, placeholder] of literals) out = out.split(literal).join(placeholder);
    // the id as the row's value and inside the canonical JSON its hash covers
    if (auditId !== undefined)
      out = out
        .split(`'${auditId}'::bigint`)
        .join("'{{auditId}}'::bigint")
        .split(`"id":"${auditId}"`)
        .join('"id":"{{auditId}}"');
    return out.replace(ISO, (instant) => {
      if (!instants.has(instant)) instants.set(instant, `{{at${instants.size}}}`);
      return instants.get(instant)!;
    });
  };
  return captured.map((c) => {
    const auditId = AUDIT_INSERT.exec(bare(c.text))?.[1];
    return {
      text: apply(c.text, auditId),
      params: c.params.map((p) => (p === null ? null : apply(p, undefined))),
      simple: c.simple,
    };
  });
}

/**
 * Values the server reads from PostgreSQL's answer and writes into later statements: which
 * statement (first match wins), and answer column → placeholder.
 */
const CARRIED: { statement: RegExp; columns: Record<string, string> }[] = [
  // a record code's number from the year's sequence (modules/numbering/code-sequence.ts)
  { statement: /nextval\(to_regclass\('reference_code_/i, columns: { n: 'number' } },
  // a gapless number (decisions): the counter row
  { statement: /^\s*insert into reference_counters\b/i, columns: { last: 'number' } },
  // lock + event row + the audit row's id in one statement (modules/events/event-log.ts)
  { statement: /\binsert into events\b/i, columns: { id: 'eventId', audit_id: 'auditId' } },
  // lock + an audit row's id, for an audit row with no event (modules/audit/audit-log.ts `appendAudit`)
  { statement: /nextval\(pg_get_serial_sequence\('audit_log'/i, columns: { id: 'auditId' } },
];

/** An UPDATE under optimistic concurrency: the replay must move the aggregate as the server did. */
const VERSIONED_UPDATE = /^\s*update\b[\s\S]*\bversion = version \+ 1\b/i;

function fill(s: string, vars: Vars): string {
  return s.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (/^at\d+$/.test(name)) vars[name] ??= new Date().toISOString();
    return vars[name] ?? whole;
  });
}

function unfilled(text: string): string | undefined {
  return /\{\{\w+\}\}/.exec(text)?.[0];
}

/** The column names and SQL literals of an INSERT's `(cols) values (...)`: quoted strings (casts dropped), NULL, numbers. */
function insertedRow(text: string): Record<string, string | null> {
  const columns = /insert into \S+\s*\(([^)]*)\)\s*values\s*\(/i
    .exec(bare(text))![1]
    .split(',')
    .map((c) => c.trim());
  const start = text.search(/values\s*\(/i);
  const s = text.slice(text.indexOf('(', start) + 1);
  const values: (string | null)[] = [];
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
      values.push(value);
      while (s[i] === ':' && s[i + 1] === ':') {
        i += 2;
        while (/[\w[\]]/.test(s[i])) i++;
      }
    } else {
      const m = /^[^,)\s]+/.exec(s.slice(i))!;
      values.push(m[0].toUpperCase() === 'NULL' ? null : m[0]);
      i += m[0].length;
    }
  }
  return Object.fromEntries(columns.map((c, k) => [c, values[k]]));
}

/** canonicalJson of server/src/modules/audit/audit-chain.ts, reimplemented (no server import in the floor). */
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

/** Decision columns a seal does not cover (server/src/modules/decisions/decision-seal.ts `SealedContent`). */
const UNSEALED_COLUMNS = ['issuer_name', 'place'];
const DELEGATION_COLUMNS = ['on_behalf_of_id', 'on_behalf_of_name', 'delegation_id'];

/**
 * A decision's seal as decision-seal.ts `sealOf` makes it, from the replayed `insert into
 * decisions`: SHA-256 of the canonical JSON of every sealed column (camelCase), the delegation's
 * only when signed under one. The DECISION.ISSUED audit row carries it, before the decision's
 * insert, so the replay fills that insert first (its timestamps are then fixed for both).
 */
function decisionSeal(insert: string): string {
  const row = insertedRow(insert);
  const delegated = row.on_behalf_of_id !== null;
  const content: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (UNSEALED_COLUMNS.includes(column) || (!delegated && DELEGATION_COLUMNS.includes(column))) continue;
    const key = column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
    if (column === 'number' || column === 'year') content[key] = Number(value);
    else if (column === 'lines') content[key] = JSON.parse(value ?? '[]');
    else if (column === 'signed_at') content[key] = new Date(value!).toISOString();
    else content[key] = delegated && DELEGATION_COLUMNS.includes(column) ? (value ?? '') : value;
  }
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Placeholders the server computes in Node from other values of the same transaction. */
const COMPUTED: Record<string, (template: TemplateStatement[], vars: Vars) => string> = {
  seal: (template, vars) => {
    const insert = template.find((t) => /^\s*insert into decisions\b/i.test(bare(t.text)));
    if (!insert) throw new Error('replay: {{seal}} but no insert into decisions in the template');
    const text = fill(insert.text, vars);
    const left = unfilled(text);
    if (left) throw new Error(`replay: the seal needs ${left}`);
    return decisionSeal(text);
  },
};

/**
 * Runs the template once on `client` (statements in captured order: BEGIN ... COMMIT, then the
 * read-back and the NOTIFYs the server sends after commit). `derive` adds values computed from
 * the carried-forward ones (e.g. the request code from `number`). Throws (after ROLLBACK) when a
 * statement fails or a versioned UPDATE does not touch exactly one row: the replay must do the
 * same work.
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
      for (const [name, compute] of Object.entries(COMPUTED))
        if (vars[name] === undefined && statement.text.includes(`{{${name}}}`)) vars[name] = compute(template, vars);
      const text = fill(statement.text, vars);
      const params = statement.params.map((p) => (p === null ? null : fill(p, vars)));
      const left = unfilled(text + params.join(''));
      if (left) throw new Error(`replay: no value for ${left} in ${text.slice(0, 120)}`);
      const result = statement.simple ? await client.query(text) : await client.query(text, params);
      const sql = bare(text);
      if (/^\s*begin/i.test(sql)) inTransaction = true;
      else if (/^\s*(commit|rollback)/i.test(sql)) inTransaction = false;
      else if (VERSIONED_UPDATE.test(sql) && result.rowCount !== 1)
        throw new Error(`replay: versioned update touched ${result.rowCount} rows: ${text.slice(0, 120)}`);
      const carried = CARRIED.find((c) => c.statement.test(sql));
      if (!carried) continue;
      const row = result.rows?.[0] as Record<string, unknown> | undefined;
      for (const [column, name] of Object.entries(carried.columns)) {
        if (row?.[column] === undefined || row[column] === null)
          throw new Error(`replay: no ${column} in the answer to ${text.slice(0, 120)}`);
        vars[name] = String(row[column]);
      }
      derive(vars);
    }
  } catch (error) {
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
