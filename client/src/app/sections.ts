import type { Capabilities } from '../features/auth';
import type { MessageKey } from '../kit/messages/vi';
import { WORK_QUEUE_PATH } from '../kit/paths';

export interface Section {
  path: string;
  label: MessageKey;
  /** Sections still under construction render the "coming soon" page. */
  ready: boolean;
  /** Shown only to a viewer the server gives this capability (`me.capabilities`). */
  needs?: keyof Capabilities;
  /** The work queue count shown as the section's badge in the navigation. */
  badge?: 'total' | 'requests' | 'proposals' | 'tasks' | 'meetings';
}

export const SECTIONS: readonly Section[] = [
  { path: WORK_QUEUE_PATH, label: 'nav.workQueue', ready: true, badge: 'total' },
  { path: '/dashboard', label: 'nav.dashboard', ready: true },
  { path: '/requests', label: 'nav.requests', ready: true, badge: 'requests' },
  { path: '/proposals', label: 'nav.proposals', ready: true, badge: 'proposals' },
  { path: '/decisions', label: 'nav.decisions', ready: true },
  { path: '/tasks', label: 'nav.tasks', ready: true, badge: 'tasks' },
  { path: '/meetings', label: 'nav.meetings', ready: true, badge: 'meetings' },
  { path: '/agencies', label: 'nav.agencies', ready: true },
  { path: '/admin', label: 'nav.admin', ready: true, needs: 'administer' },
];
