import { expect, type Cookie, type Page } from '@playwright/test';
import type { VERTICAL_KPI_CARDS } from '@runhub/contracts/metric-definitions';

// The demo account the e2e runner's server created on its first start (e2e/run.mjs passes its password).
const demo = { email: process.env.RUNHUB_E2E_DEMO_EMAIL ?? '', password: process.env.RUNHUB_E2E_DEMO_PASSWORD ?? '' };

export interface ListedProject {
  id: string;
  name: string;
  industry: keyof typeof VERTICAL_KPI_CARDS;
}

// Logging in through the form once, then reusing its session, keeps the suite under the login
// rate limit (10 attempts per 15 minutes); a session that was logged out is replaced.
let demoSession: Cookie[] | null = null;

export async function logInAsDemo(page: Page) {
  if (demoSession) {
    await page.context().addCookies(demoSession);
    await page.goto('/projects');
    await page.waitForURL(/\/(projects|login)$/);
    if (page.url().endsWith('/projects')) return;
  }
  await page.goto('/login');
  await page.getByLabel('Email').fill(demo.email);
  await page.getByLabel('Password').fill(demo.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  demoSession = await page.context().cookies();
}

export async function findProject(page: Page, name: string): Promise<ListedProject> {
  const response = await page.request.get('/v1/projects');
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as { data: { projects: ListedProject[] } };
  const project = data.projects.find((candidate) => candidate.name === name);
  if (!project) throw new Error(`the demo account has no project named ${name}`);
  return project;
}

