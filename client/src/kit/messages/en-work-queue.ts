import type { viWorkQueue } from './vi-work-queue';

export const enWorkQueue: Record<keyof typeof viWorkQueue, string> = {
  'nav.workQueue': 'To do',
  'nav.pendingUnit': 'to do',

  'workQueue.title': 'To do',
  'workQueue.intro': 'What your agency has to do next; overdue and soon-due work first.',
  'workQueue.loading': 'Loading your work…',
  'workQueue.empty': 'Nothing to do',
  'workQueue.emptyHint': 'Requests, proposals and tasks your agency has to act on will appear here.',
  'workQueue.refreshFailed': 'Could not load the latest work.',
  'workQueue.group.NOTIFICATION': 'Unread notifications',
  'workQueue.group.REQUEST': 'Coordination requests',
  'workQueue.group.PROPOSAL': 'Proposals',
  'workQueue.group.TASK': 'Tasks',
  'workQueue.group.MEETING': 'Conclusions to publish',
  'workQueue.groupCount': '{count} to do',
  'workQueue.notificationCount': '{count} unread',
  'workQueue.more': '{count} more — see all',
  'workQueue.moreNotifications': '{count} more unread notifications under Notifications.',
  'workQueue.overdue': 'Overdue',
  'workQueue.dueSoon': 'Due soon',
  'workQueue.due': 'Due {date}',
  'workQueue.untitled': '(no code yet)',
};
