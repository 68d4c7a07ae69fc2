// The dashboard feature's one door: its pages.
export { DashboardPage } from './DashboardPage';
export { ReportPage } from './ReportPage';
