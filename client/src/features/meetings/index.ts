// The meetings feature's one door: its pages.
export { CreateMeetingPage, EditMeetingPage } from './MeetingFormPages';
export { MeetingListPage } from './MeetingListPage';
export { MeetingPageRoute } from './MeetingPage';
