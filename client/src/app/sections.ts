import type { Capabilities } from '../features/auth';
import type { MessageKey } from '../kit/messages/vi';

export interface Section {
  path: string;
  label: MessageKey;
  /** Sections still under construction render the "coming soon" page. */
  ready: boolean;
  /** Shown only to a viewer the server gives this capability (`me.capabilities`). */
  needs?: keyof Capabilities;
}

export const SECTIONS: readonly Section[] = [
  { path: '/dashboard', label: 'nav.dashboard', ready: true },
  { path: '/requests', label: 'nav.requests', ready: true },
  { path: '/proposals', label: 'nav.proposals', ready: true },
  { path: '/decisions', label: 'nav.decisions', ready: true },
  { path: '/tasks', label: 'nav.tasks', ready: true },
  { path: '/meetings', label: 'nav.meetings', ready: true },
  { path: '/agencies', label: 'nav.agencies', ready: true },
  { path: '/admin', label: 'nav.admin', ready: true, needs: 'administer' },
];
