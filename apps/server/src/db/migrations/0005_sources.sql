-- Sources other than the API: hosted forms and their submissions, Stripe webhooks, build status.

CREATE TABLE forms (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  fields jsonb NOT NULL,
  redirect_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, id)
);
-- The public submission endpoint knows only the form id.
CREATE UNIQUE INDEX forms_id_key ON forms (id);

CREATE TABLE form_submissions (
  project_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL,
  data jsonb NOT NULL,
  email text,
  referrer text,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, id),
  FOREIGN KEY (project_id, form_id) REFERENCES forms (project_id, id) ON DELETE CASCADE
);
CREATE INDEX form_submissions_form ON form_submissions (project_id, form_id, submitted_at DESC);

CREATE TABLE stripe_integrations (
  project_id uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  webhook_secret text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_webhook_at timestamptz,
  last_webhook_type text
);

CREATE TABLE project_build_status (
  project_id uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('idle', 'queued', 'building', 'deployed', 'failed')),
  url text,
  message text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
