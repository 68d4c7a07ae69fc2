import { Navigate, Route, Routes } from 'react-router';
import { HOME_PATH } from '../kit/paths';
import { AgencyDetailPage, AgencyDirectoryPage } from '../features/agencies';
import { DashboardPage, ReportPage } from '../features/dashboard';
import { DecisionPage, DecisionRegisterPage } from '../features/decisions';
import { LoginPage, RequireAuth } from '../features/auth';
import { CreateMeetingPage, EditMeetingPage, MeetingListPage, MeetingPageRoute } from '../features/meetings';
import { CreateProposalPage, EditProposalPage, ProposalListPage, ProposalPageRoute } from '../features/proposals';
import { CreateRequestPage, EditRequestPage, RequestListPage, RequestPageRoute } from '../features/requests';
import { AssignTaskPage, TaskListPage, TaskPageRoute } from '../features/tasks';
import { AppLayout } from './layout/AppLayout';
import { ComingSoonPage } from './layout/ComingSoonPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { SECTIONS } from './sections';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={HOME_PATH} replace />} />
          {SECTIONS.filter((section) => !section.ready).map((section) => (
            <Route key={section.path} path={section.path} element={<ComingSoonPage section={section} />} />
          ))}
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
          <Route path="/tasks" element={<TaskListPage />} />
          <Route path="/tasks/new" element={<AssignTaskPage />} />
          <Route path="/tasks/:id" element={<TaskPageRoute />} />
          <Route path="/meetings" element={<MeetingListPage />} />
          <Route path="/meetings/new" element={<CreateMeetingPage />} />
          <Route path="/meetings/:id" element={<MeetingPageRoute />} />
          <Route path="/meetings/:id/edit" element={<EditMeetingPage />} />
          <Route path="/agencies" element={<AgencyDirectoryPage />} />
          <Route path="/agencies/:id" element={<AgencyDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
