import { Navigate, Outlet, Route, Routes } from 'react-router';
import { HOME_PATH, WORK_QUEUE_PATH } from '../kit/paths';
import { Suspense, useEffect } from 'react';
import { ChangePasswordPage, CHANGE_PASSWORD_PATH, LoginPage, RequireAuth } from '../features/auth';
import { WorkQueuePage } from '../features/work-queue';
import { useT } from '../kit/i18n';
import { LoadingState } from '../kit/ui/states';
import { AppLayout } from './layout/AppLayout';
import { ComingSoonPage } from './layout/ComingSoonPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { lazyPage, preloadPagesWhenIdle } from './lazy-page';
import { SECTIONS } from './sections';

// Feature pages come in their feature's own chunk when first shown; the shell and the login page
// are in the first script, so that the login form appears after one small download.
const admin = () => import('../features/admin');
const agencies = () => import('../features/agencies');
const dashboard = () => import('../features/dashboard');
const decisions = () => import('../features/decisions');
const verify = () => import('../features/verify');
const delegations = () => import('../features/delegations');
const meetings = () => import('../features/meetings');
const proposals = () => import('../features/proposals');
const requests = () => import('../features/requests');
const tasks = () => import('../features/tasks');

const AdminAgenciesPage = lazyPage(admin, 'AdminAgenciesPage');
const AdminUsersPage = lazyPage(admin, 'AdminUsersPage');
const AuditLogPage = lazyPage(admin, 'AuditLogPage');
const SigningOfficialsPage = lazyPage(admin, 'SigningOfficialsPage');
const AgencyDetailPage = lazyPage(agencies, 'AgencyDetailPage');
const AgencyDirectoryPage = lazyPage(agencies, 'AgencyDirectoryPage');
const DashboardPage = lazyPage(dashboard, 'DashboardPage');
const ReportPage = lazyPage(dashboard, 'ReportPage');
const DecisionPage = lazyPage(decisions, 'DecisionPage');
const DecisionRegisterPage = lazyPage(decisions, 'DecisionRegisterPage');
const DelegationsPage = lazyPage(delegations, 'DelegationsPage');
const CreateMeetingPage = lazyPage(meetings, 'CreateMeetingPage');
const EditMeetingPage = lazyPage(meetings, 'EditMeetingPage');
const MeetingListPage = lazyPage(meetings, 'MeetingListPage');
const MeetingPageRoute = lazyPage(meetings, 'MeetingPageRoute');
const CreateProposalPage = lazyPage(proposals, 'CreateProposalPage');
const EditProposalPage = lazyPage(proposals, 'EditProposalPage');
const ProposalListPage = lazyPage(proposals, 'ProposalListPage');
const ProposalPageRoute = lazyPage(proposals, 'ProposalPageRoute');
const CreateRequestPage = lazyPage(requests, 'CreateRequestPage');
const EditRequestPage = lazyPage(requests, 'EditRequestPage');
const RequestListPage = lazyPage(requests, 'RequestListPage');
const RequestPageRoute = lazyPage(requests, 'RequestPageRoute');
const AssignTaskPage = lazyPage(tasks, 'AssignTaskPage');
const TaskListPage = lazyPage(tasks, 'TaskListPage');
const TaskPageRoute = lazyPage(tasks, 'TaskPageRoute');
const VerifyPage = lazyPage(verify, 'VerifyPage');

/** The page inside the shell, with the shell kept on screen while a page's code is fetched. */
function PageWhenLoaded() {
  const t = useT();
  return (
    <Suspense fallback={<LoadingState label={t('app.loadingPage')} />}>
      <Outlet />
    </Suspense>
  );
}

export function AppRoutes() {
  useEffect(preloadPagesWhenIdle, []);
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        <Route element={<AppLayout />}>
          <Route element={<PageWhenLoaded />}>
            <Route index element={<Navigate to={HOME_PATH} replace />} />
            {SECTIONS.filter((section) => !section.ready).map((section) => (
              <Route key={section.path} path={section.path} element={<ComingSoonPage section={section} />} />
            ))}
            {/* the home page, in the first script with the shell that keeps its queue live */}
            <Route path={WORK_QUEUE_PATH} element={<WorkQueuePage />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/dashboard/report" element={<ReportPage />} />
            <Route path="/requests" element={<RequestListPage />} />
            <Route path="/requests/new" element={<CreateRequestPage />} />
            <Route path="/requests/:id" element={<RequestPageRoute />} />
            <Route path="/requests/:id/edit" element={<EditRequestPage />} />
            <Route path="/proposals" element={<ProposalListPage />} />
            <Route path="/proposals/new" element={<CreateProposalPage />} />
            <Route path="/proposals/:id" element={<ProposalPageRoute />} />
            <Route path="/proposals/:id/edit" element={<EditProposalPage />} />
            <Route path="/decisions" element={<DecisionRegisterPage />} />
            <Route path="/decisions/:id" element={<DecisionPage />} />
            <Route path="/verify" element={<VerifyPage />} />
            <Route path="/tasks" element={<TaskListPage />} />
            <Route path="/tasks/new" element={<AssignTaskPage />} />
            <Route path="/tasks/:id" element={<TaskPageRoute />} />
            <Route path="/meetings" element={<MeetingListPage />} />
            <Route path="/meetings/new" element={<CreateMeetingPage />} />
            <Route path="/meetings/:id" element={<MeetingPageRoute />} />
            <Route path="/meetings/:id/edit" element={<EditMeetingPage />} />
            <Route path="/agencies" element={<AgencyDirectoryPage />} />
            <Route path="/agencies/:id" element={<AgencyDetailPage />} />
            <Route path="/admin" element={<AdminUsersPage />} />
            <Route path="/admin/agencies" element={<AdminAgenciesPage />} />
            <Route path="/admin/audit" element={<AuditLogPage />} />
            <Route path="/signing-officials" element={<SigningOfficialsPage />} />
            <Route path="/delegations" element={<DelegationsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
