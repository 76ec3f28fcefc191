import type { ApiKeysTable, ProjectMembersTable, ProjectsTable, SessionsTable, UsersTable } from '../accounts/accounts.tables.ts';
import type { AnalyticsEventsTable } from '../events/analytics.tables.ts';
import type { BusinessEventsTable } from '../events/events.tables.ts';
import type { BusinessKpiDailyTable, KpiDirtyDaysTable, KpiRollupRunsTable, KpiRollupStateTable } from '../kpis/kpis.tables.ts';
import type { RateLimitHitsTable } from '../platform/platform.tables.ts';
import type { FormSubmissionsTable, FormsTable, ProjectBuildStatusTable, StripeIntegrationsTable } from '../sources/sources.tables.ts';

/** Every table Run Hub owns, for kysely's typing. Each area declares its own tables. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  api_keys: ApiKeysTable;
  rate_limit_hits: RateLimitHitsTable;
  business_events: BusinessEventsTable;
  analytics_events: AnalyticsEventsTable;
  forms: FormsTable;
  form_submissions: FormSubmissionsTable;
  stripe_integrations: StripeIntegrationsTable;
  project_build_status: ProjectBuildStatusTable;
  business_kpi_daily: BusinessKpiDailyTable;
  kpi_dirty_days: KpiDirtyDaysTable;
  kpi_rollup_state: KpiRollupStateTable;
  kpi_rollup_runs: KpiRollupRunsTable;
}
