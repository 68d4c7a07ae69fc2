import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../shared/sql';

export interface LoginLimits {
  /** Failed logins allowed for one username (from any address) in the window. */
  perUser: number;
  /** Failed logins allowed from one client address (for any usernames) in the window. */
  perAddress: number;
}

const WINDOW_MINUTES = 15;

/**
 * Whether to refuse a login attempt before checking the password. The failures are read from the
 * audit log (AUTH.LOGIN_FAILED rows, indexed for this), so every server process sees the same
 * count: guessing is bounded per account and per address however many processes there are.
 */
export async function loginThrottled(em: EntityManager, username: string, address: string, limits: LoginLimits): Promise<boolean> {
  const [row] = await runSql<{ by_user: number; by_address: number }[]>(
    em,
    `select (count(*) filter (where subject_id = ?))::int as by_user,
            (count(*) filter (where details->>'ip' = ?))::int as by_address
       from audit_log
      where action = 'AUTH.LOGIN_FAILED' and at > now() - ? * interval '1 minute'
        and (subject_id = ? or details->>'ip' = ?)`,
    [username, address, WINDOW_MINUTES, username, address],
  );
  return row.by_user >= limits.perUser || row.by_address >= limits.perAddress;
}
