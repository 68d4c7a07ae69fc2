import { useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { errorCode, fieldErrors, type ErrorCode, type FieldErrors } from '../../app/errors';
import type { TaskActionValues, TaskPageAction } from './task-actions';
import {
  CancelTaskMutation,
  CompleteTaskMutation,
  LinkTaskRequestsMutation,
  ReopenTaskMutation,
  ReportTaskProgressMutation,
  type TaskDetail,
} from './tasks.operations';

export type TaskActionOutcome = { ok: true } | { ok: false; code: ErrorCode; fields: FieldErrors };

interface Sent {
  task?: TaskDetail;
  error?: CombinedError;
}

/** One mutation per action, always at the version on screen. */
async function send(client: Client, task: TaskDetail, values: TaskActionValues): Promise<Sent> {
  const ref = { id: task.id, version: task.version };
  switch (values.action) {
    case 'REPORT_PROGRESS': {
      const input = { ...ref, percent: values.percent, note: values.note.trim() };
      const { data, error } = await client.mutation(ReportTaskProgressMutation, { input }).toPromise();
      return { task: data?.reportTaskProgress.task, error };
    }
    case 'COMPLETE': {
      const input = { ...ref, note: values.note.trim() };
      const { data, error } = await client.mutation(CompleteTaskMutation, { input }).toPromise();
      return { task: data?.completeTask.task, error };
    }
    case 'REOPEN': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReopenTaskMutation, { input }).toPromise();
      return { task: data?.reopenTask.task, error };
    }
    case 'CANCEL': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(CancelTaskMutation, { input }).toPromise();
      return { task: data?.cancelTask.task, error };
    }
    case 'LINK': {
      const input = { ...ref, requestIds: values.requestIds };
      const { data, error } = await client.mutation(LinkTaskRequestsMutation, { input }).toPromise();
      return { task: data?.linkTaskRequests.task, error };
    }
  }
}

interface ActionCallbacks {
  onUpdated: (task: TaskDetail) => void;
  /** The action no longer fits the task (INVALID_TRANSITION): reload it. A CONFLICT is left to the panel. */
  onStale: () => void;
}

export function useTaskActions(task: TaskDetail, { onUpdated, onStale }: ActionCallbacks) {
  const client = useClient();
  const [pending, setPending] = useState<TaskPageAction | null>(null);

  async function run(values: TaskActionValues): Promise<TaskActionOutcome> {
    setPending(values.action);
    const sent = await send(client, task, values);
    setPending(null);
    if (sent.task) {
      onUpdated(sent.task);
      return { ok: true };
    }
    const code = errorCode(sent.error);
    if (code === 'INVALID_TRANSITION') onStale();
    return { ok: false, code, fields: fieldErrors(sent.error) };
  }

  return { run, pending };
}
