import type { ColumnType, Generated } from 'kysely';
import type { FormField } from '@runhub/contracts/sources';

export interface FormsTable {
  project_id: string;
  id: Generated<string>;
  name: string;
  fields: ColumnType<FormField[], string, string>;
  redirect_url: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface FormSubmissionsTable {
  project_id: string;
  id: Generated<string>;
  form_id: string;
  data: ColumnType<Record<string, string>, string, never>;
  email: string | null;
  referrer: string | null;
  submitted_at: ColumnType<Date, Date | undefined, never>;
}

export interface StripeIntegrationsTable {
  project_id: string;
  webhook_secret: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  last_webhook_at: Date | null;
  last_webhook_type: string | null;
}

export interface ProjectBuildStatusTable {
  project_id: string;
  status: 'idle' | 'queued' | 'building' | 'deployed' | 'failed';
  url: string | null;
  message: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
