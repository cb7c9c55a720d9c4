import { JobDetail, JobSummary, SavedSearch } from './jobs-api';

/** Test data shaped as the API sends it. */
export function jobSummary(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id: '1790000000000000001',
    title: { text: 'Angular developer for a fintech dashboard', ranges: [{ start: 0, end: 7 }] },
    snippet: { text: 'We build dashboards in Angular.', ranges: [{ start: 23, end: 30 }] },
    skills: ['Angular', 'TypeScript'],
    category: { id: '531770282580668418', label: 'Web, Mobile & Software Dev' },
    jobType: 'HOURLY',
    budget: null,
    hourlyMin: { amount: '30.00', currency: 'USD' },
    hourlyMax: { amount: '50.00', currency: 'USD' },
    experienceLevel: 'EXPERT',
    duration: '1 to 3 months',
    engagement: 'Less than 30 hrs/week',
    proposals: 4,
    client: {
      id: '1110580752008429568',
      name: 'Fintech GmbH',
      country: 'Germany',
      city: 'Berlin',
      rating: 4.8,
      reviews: 12,
      totalSpent: { amount: '25000.00', currency: 'USD' },
      hires: 20,
      jobsPosted: 31,
      paymentVerified: true,
      memberSince: '2019-04-01T00:00:00Z',
    },
    postedAt: '2026-11-23T09:00:00Z',
    fetchedAt: '2026-11-23T10:00:00Z',
    favorite: false,
    hidden: false,
    relevance: 0.5,
    upworkUrl: 'https://www.upwork.com/jobs/~01abc',
    ...overrides,
  };
}

export function jobDetail(overrides: Partial<JobDetail> = {}): JobDetail {
  const s = jobSummary();
  return {
    id: s.id,
    title: s.title.text,
    description: 'We build dashboards.\n\nYou will work with Angular.',
    skills: s.skills,
    category: s.category,
    subcategory: 'Web Development',
    jobType: s.jobType,
    budget: null,
    hourlyMin: s.hourlyMin,
    hourlyMax: s.hourlyMax,
    experienceLevel: s.experienceLevel,
    duration: s.duration,
    engagement: s.engagement,
    proposals: s.proposals,
    client: s.client,
    coverLetterRequired: true,
    screeningQuestions: [
      { position: 1, question: 'Describe a similar project' },
      { position: 2, question: 'How many hours a week can you commit?' },
    ],
    postedAt: s.postedAt,
    fetchedAt: s.fetchedAt,
    expiresAt: '2026-11-24T10:00:00Z',
    favorite: false,
    hidden: false,
    upworkUrl: s.upworkUrl,
    ...overrides,
  };
}

export function savedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: 's-1',
    name: 'Angular experts',
    criteria: { keywords: 'angular', jobType: 'HOURLY', experienceLevel: 'EXPERT' },
    refreshMinutes: 60,
    nextRunAt: '2026-11-23T11:00:00Z',
    lastRunAt: '2026-11-23T10:00:00Z',
    lastErrorType: null,
    lastError: null,
    newMatches: 3,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 2,
    ...overrides,
  };
}

export function page<T>(items: T[], totalItems = items.length) {
  return { items, page: 0, size: 20, totalItems };
}
