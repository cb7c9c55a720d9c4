/** Sample templates for the template library's specs. */
import {
  TemplateDetail,
  TemplateStats,
  TemplateSummary,
  VersionDetail,
} from '../app/features/templates/templates-api';

export const NO_STATS: TemplateStats = {
  used: 0,
  sent: 0,
  replied: 0,
  hired: 0,
  replyRate: null,
  hireRate: null,
};

export const VERSION: VersionDetail = {
  id: 'v-2',
  templateId: 't-1',
  number: 2,
  current: true,
  restoredFrom: null,
  body: 'Hi {{client_name}},\nI can help.',
  screeningAnswers: [{ questionPattern: 'Hourly rate?', answer: '$45' }],
  variables: ['client_name'],
  authorEmail: 'olena@acme.test',
  createdAt: '2026-11-20T10:00:00Z',
  stats: NO_STATS,
  comparison: null,
};

export const TEMPLATE: TemplateDetail = {
  id: 't-1',
  name: 'Web app intro',
  category: 'Web Development',
  tags: ['react'],
  archived: false,
  currentVersion: VERSION,
  createdAt: '2026-11-19T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  stats: NO_STATS,
  version: 4,
};

export const SUMMARY: TemplateSummary = {
  id: 't-1',
  name: 'Web app intro',
  category: 'Web Development',
  tags: ['react', 'saas'],
  archived: false,
  currentVersionId: 'v-2',
  currentVersionNumber: 2,
  createdAt: '2026-11-19T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  stats: { used: 12, sent: 8, replied: 3, hired: 1, replyRate: 0.375, hireRate: 0.125 },
  version: 4,
};

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length };
}

export const NO_VARIABLES = {
  ...page([]),
  builtIn: ['client_name', 'job_title', 'skills', 'member_name', 'portfolio'],
};
