import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/accounts/LoginPage.tsx';
import { SignupPage } from '../features/accounts/SignupPage.tsx';
import { ProjectPage } from '../features/projects/ProjectPage.tsx';
import { ProjectsPage } from '../features/projects/ProjectsPage.tsx';
import { RunHubPage } from '../features/run/RunHubPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { GuestOnly } from './GuestOnly.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireAuth } from './RequireAuth.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<GuestOnly />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route path="/projects" element={<ProjectsPage />} />
          <Route path="/projects/:projectId" element={<ProjectPage />} />
          <Route path="/projects/:projectId/run" element={<RunHubPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
      <Route path="/" element={<Navigate to="/projects" replace />} />
    </Routes>
  );
}
