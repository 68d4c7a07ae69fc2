export { Notification } from './notification.entity';
export { NotificationResolver } from './notification.resolver';
export { announceNotifications, nobodyNotified, notify, settleNotifications } from './notify';
export type { NewNotification, Notified, NotificationTarget } from './notify';
