// The notifications feature's one door: the bell the layout shows.
export { NotificationBell } from './NotificationBell';
