import { Navigate, Route, Routes, useParams } from 'react-router';
import { LoginPage } from '../features/accounts/LoginPage.tsx';
import { SignupPage } from '../features/accounts/SignupPage.tsx';
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
          <Route path="/projects/:projectId" element={<ProjectSettingsRedirect />} />
          <Route path="/projects/:projectId/run" element={<RunHubPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
      <Route path="/" element={<Navigate to="/projects" replace />} />
    </Routes>
  );
}

/** The old project page's address: its settings and API keys now live in the Run Hub's Settings tab. */
function ProjectSettingsRedirect() {
  const { projectId = '' } = useParams();
  return <Navigate to={`/projects/${encodeURIComponent(projectId)}/run?tab=settings`} replace />;
}
