export { Notification } from './notification.entity';
export { NotificationResolver } from './notification.resolver';
export { announceNotifications, notify } from './notify';
export type { NewNotification, NotificationTarget } from './notify';
