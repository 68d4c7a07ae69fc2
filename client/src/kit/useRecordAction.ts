import { useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { errorCode, type ErrorCode, type FieldErrors } from './errors';

// How every record page (request, proposal, task) runs an action: one at a time, the page then
// showing the record the mutation returned, or reloading it when it changed under the user.

/**
 * The idempotency key of an action on a record at the version on screen: the same when the user
 * retries after a lost answer, so the server answers with the record instead of CONFLICT.
 */
export const actionKey = (action: string, record: { id: string; version: number }): string =>
  `${action}:${record.id}@${record.version}`;

export type ActionOutcome = { ok: true } | { ok: false; code: ErrorCode; fields: FieldErrors };

/** What a mutation answered: the record after the action, or why not. */
export interface Sent<Rec> {
  record?: Rec;
  error?: CombinedError;
}

export interface ActionCallbacks<Rec> {
  /** The record as the server returned it after the action. */
  onUpdated: (record: Rec) => void;
  /** The record changed under the user (see `staleCodes`): reload it. */
  onStale: () => void;
}

interface ActionRules {
  /** The errors that mean the record on screen is out of date. */
  staleCodes: readonly ErrorCode[];
  /** The field problems of an error, keyed as the action's panel names its fields. */
  fieldErrors: (error: CombinedError | undefined) => FieldErrors;
}

export function useRecordAction<Rec, Action extends string>(
  { onUpdated, onStale }: ActionCallbacks<Rec>,
  rules: ActionRules,
) {
  const client = useClient();
  const [pending, setPending] = useState<Action | null>(null);

  async function perform(action: Action, send: (client: Client) => Promise<Sent<Rec>>): Promise<ActionOutcome> {
    setPending(action);
    const sent = await send(client);
    setPending(null);
    if (sent.record) {
      onUpdated(sent.record);
      return { ok: true };
    }
    const code = errorCode(sent.error);
    if (rules.staleCodes.includes(code)) onStale();
    return { ok: false, code, fields: rules.fieldErrors(sent.error) };
  }

  return { perform, pending };
}
