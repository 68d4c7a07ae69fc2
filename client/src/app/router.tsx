import { Navigate, Route, Routes } from 'react-router';
import { AgencyDetailPage } from '../features/agencies/AgencyDetailPage';
import { AgencyDirectoryPage } from '../features/agencies/AgencyDirectoryPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ReportPage } from '../features/dashboard/ReportPage';
import { DecisionPage } from '../features/decisions/DecisionPage';
import { DecisionRegisterPage } from '../features/decisions/DecisionRegisterPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { CreateMeetingPage, EditMeetingPage } from '../features/meetings/MeetingFormPages';
import { MeetingListPage } from '../features/meetings/MeetingListPage';
import { MeetingPageRoute } from '../features/meetings/MeetingPage';
import { CreateProposalPage } from '../features/proposals/CreateProposalPage';
import { EditProposalPage } from '../features/proposals/EditProposalPage';
import { ProposalListPage } from '../features/proposals/ProposalListPage';
import { ProposalPageRoute } from '../features/proposals/ProposalPage';
import { CreateRequestPage } from '../features/requests/CreateRequestPage';
import { EditRequestPage } from '../features/requests/EditRequestPage';
import { RequestListPage } from '../features/requests/RequestListPage';
import { RequestPageRoute } from '../features/requests/RequestPage';
import { AssignTaskPage } from '../features/tasks/AssignTaskPage';
import { TaskListPage } from '../features/tasks/TaskListPage';
import { TaskPageRoute } from '../features/tasks/TaskPage';
import { AppLayout } from './layout/AppLayout';
import { ComingSoonPage } from './layout/ComingSoonPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { HOME_PATH } from '../kit/paths';
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
