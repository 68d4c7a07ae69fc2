import type { Client } from 'urql';
import { fieldErrors } from '../../kit/errors';
import { actionKey, useRecordAction, type ActionCallbacks, type Sent } from '../../kit/useRecordAction';
import type { TaskActionValues, TaskPageAction } from './task-actions';
import {
  CancelTaskMutation,
  CompleteTaskMutation,
  LinkTaskRequestsMutation,
  ReopenTaskMutation,
  ReportTaskProgressMutation,
  type TaskDetail,
} from './tasks.operations';

/** One mutation per action, always at the version on screen. */
async function send(client: Client, task: TaskDetail, values: TaskActionValues): Promise<Sent<TaskDetail>> {
  const ref = { id: task.id, version: task.version, idempotencyKey: actionKey(values.action, task) };
  switch (values.action) {
    case 'REPORT_PROGRESS': {
      const input = { ...ref, percent: values.percent, note: values.note.trim() };
      const { data, error } = await client.mutation(ReportTaskProgressMutation, { input }).toPromise();
      return { record: data?.reportTaskProgress.task, error };
    }
    case 'COMPLETE': {
      const input = { ...ref, note: values.note.trim() };
      const { data, error } = await client.mutation(CompleteTaskMutation, { input }).toPromise();
      return { record: data?.completeTask.task, error };
    }
    case 'REOPEN': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReopenTaskMutation, { input }).toPromise();
      return { record: data?.reopenTask.task, error };
    }
    case 'CANCEL': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(CancelTaskMutation, { input }).toPromise();
      return { record: data?.cancelTask.task, error };
    }
    case 'LINK': {
      const input = { ...ref, requestIds: values.requestIds };
      const { data, error } = await client.mutation(LinkTaskRequestsMutation, { input }).toPromise();
      return { record: data?.linkTaskRequests.task, error };
    }
  }
}

/** Runs actions on `task`. INVALID_TRANSITION reloads it; a CONFLICT is left to the panel. */
export function useTaskActions(task: TaskDetail, callbacks: ActionCallbacks<TaskDetail>) {
  const { perform, pending } = useRecordAction<TaskDetail, TaskPageAction>(callbacks, {
    staleCodes: ['INVALID_TRANSITION'],
    fieldErrors,
  });
  const run = (values: TaskActionValues) => perform(values.action, (client) => send(client, task, values));
  return { run, pending };
}
