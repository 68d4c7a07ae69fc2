import { powersOf } from '../../shared/powers';
import { agenciesActedFor, isLead, type Viewer } from '../../shared/viewer';
import { TaskRelation, type TaskActor } from './task-status';

/** Who the viewer is to a task owned by `ownerAgencyId`; reading is decided in SQL (task.queries.ts). */
export function taskActor(viewer: Viewer, ownerAgencyId: string): TaskActor {
  const relations = new Set<TaskRelation>();
  if (agenciesActedFor(viewer).includes(ownerAgencyId)) relations.add(TaskRelation.OWNER);
  if (viewer.inCommittee) relations.add(TaskRelation.COMMITTEE);
  return { relations, isLead: isLead(viewer), powers: powersOf(viewer) };
}

/** Assigning work and closing quarters commit the Committee: its leaders do them. */
export { isCommitteeLead } from '../../shared/viewer';
