import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../../shared/loaders';
import { timelinesOf } from '../events';
import { attachmentsOf, commentsOf } from './request.queries';
import { REQUEST_AGGREGATE } from './request-workflow';
import type { AttachmentView, CommentView, RequestEventView } from './request.views';

/**
 * Comments, timelines and attachments of the requests in one response: each one batch, and the
 * batches (with the page's other side reads) one statement. Callers have already checked access.
 */
export const requestComments = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, CommentView[]>(async (ids) => {
    const byRequest = await commentsOf(combined, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });

export const requestTimelines = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, RequestEventView[]>(async (ids) => {
    const byRequest = await timelinesOf(combined, REQUEST_AGGREGATE, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });

export const requestAttachments = (_em: EntityManager, { combined }: Loaders) =>
  new DataLoader<string, AttachmentView[]>(async (ids) => {
    const byRequest = await attachmentsOf(combined, ids);
    return ids.map((id) => byRequest.get(id) ?? []);
  });
