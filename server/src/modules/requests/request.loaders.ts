import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timelinesOf } from '../events';
import { attachmentsOf, commentsOf } from './request.queries';
import { REQUEST_AGGREGATE } from './request.service';
import type { AttachmentView, CommentView, RequestEventView } from './request.views';

/** Comments of the requests in one response, in one query. Callers have already checked access. */
export const requestComments = (em: EntityManager) =>
  new DataLoader<string, CommentView[]>(async (ids) => {
    const byRequest = await commentsOf(em, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });

export const requestTimelines = (em: EntityManager) =>
  new DataLoader<string, RequestEventView[]>(async (ids) => {
    const byRequest = await timelinesOf(em, REQUEST_AGGREGATE, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });

export const requestAttachments = (em: EntityManager) =>
  new DataLoader<string, AttachmentView[]>(async (ids) => {
    const byRequest = await attachmentsOf(em, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });
