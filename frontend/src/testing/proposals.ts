/** Proposals as the server sends them, for the proposals feature's specs. */
import { Versioned } from '../app/features/agency/agency-api';
import {
  Collisions,
  ProposalDetail,
  ProposalSummary,
  ThreadEntry,
} from '../app/features/proposals/proposals-api';

export const AUTHOR = { id: 'u-1', name: 'Olena Koval' };
export const MANAGER = { id: 'u-2', name: 'Mateo Fernández' };

export function proposalDetail(overrides: Partial<ProposalDetail> = {}): ProposalDetail {
  return {
    id: 'p-1',
    state: 'DRAFT',
    version: 3,
    author: AUTHOR,
    job: {
      id: '1790000000000000001',
      title: 'Angular developer for a fintech dashboard',
      url: 'https://www.upwork.com/jobs/~01abc',
      clientId: 'c-1',
      clientName: 'Fintech GmbH',
      category: 'Web Development',
      categoryId: '531770282580668418',
      type: 'FIXED',
      budget: { amount: '1500.00', currency: 'USD' },
      hourlyMin: null,
      hourlyMax: null,
      coverLetterRequired: true,
      screeningQuestions: [
        { position: 1, question: 'Describe a similar project' },
        { position: 2, question: 'How many hours a week can you commit?' },
      ],
    },
    template: { templateId: 't-1', versionId: 'v-2', name: 'Web app intro', versionNumber: 2 },
    coverLetter: 'Hi Fintech GmbH,\nI can help.',
    missingVariables: [],
    answers: [
      {
        position: 1,
        question: 'Describe a similar project',
        answer: 'A bank portal.',
        suggested: true,
      },
      {
        position: 2,
        question: 'How many hours a week can you commit?',
        answer: '',
        suggested: false,
      },
    ],
    bid: { type: 'FIXED', amount: { amount: '1500.00', currency: 'USD' }, milestones: [] },
    estimatedDuration: 'ONE_TO_THREE_MONTHS',
    connects: {
      value: 12,
      source: 'ESTIMATE',
      estimate: 12,
      basis: 'Estimated from the budget of 1500.00 USD',
    },
    approval: null,
    mayDecide: false,
    actions: ['EDIT', 'SUBMIT', 'DISCARD', 'WITHDRAW', 'COMMENT'],
    sending: {
      apiSubmission: 'AVAILABLE',
      via: null,
      sentAt: null,
      sentBy: null,
      upworkProposalId: null,
      lastAttempt: null,
    },
    outcome: { upworkStatus: null, lastSyncedAt: null, changedAt: null, source: null },
    collisions: [],
    history: [
      {
        id: 'h-1',
        at: '2026-11-23T10:00:00Z',
        actor: AUTHOR,
        source: 'PERSON',
        action: 'created',
        from: null,
        to: 'DRAFT',
        note: null,
      },
    ],
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:05:00Z',
    ...overrides,
  };
}

/** A pending proposal as an approver sees it. */
export function pendingForApprover(overrides: Partial<ProposalDetail> = {}): ProposalDetail {
  return proposalDetail({
    state: 'PENDING_APPROVAL',
    version: 5,
    approval: {
      state: 'PENDING',
      round: 1,
      autoApproved: false,
      rule: { id: 'r-1', name: 'Every proposal', kind: 'ALWAYS', position: 1 },
      reason: 'Rule 1 “Every proposal” applies: it applies to every proposal.',
      approvalsNeeded: 1,
      approvalsGiven: 0,
      approvers: { roles: ['OWNER', 'MANAGER'], people: [] },
      decisions: [],
      openedAt: '2026-11-23T11:00:00Z',
    },
    mayDecide: true,
    actions: ['APPROVE', 'REJECT', 'REQUEST_CHANGES', 'COMMENT'],
    ...overrides,
  });
}

export function versionedProposal(proposal: ProposalDetail): Versioned<ProposalDetail> {
  return { value: proposal, etag: `"${proposal.version}"` };
}

export function etagHeaders(proposal: ProposalDetail): { headers: Record<string, string> } {
  return { headers: { ETag: `"${proposal.version}"` } };
}

export function proposalSummary(overrides: Partial<ProposalSummary> = {}): ProposalSummary {
  return {
    id: 'p-1',
    state: 'PENDING_APPROVAL',
    version: 5,
    author: AUTHOR,
    job: {
      id: '1790000000000000001',
      title: 'Angular developer for a fintech dashboard',
      clientName: 'Fintech GmbH',
      category: 'Web Development',
      type: 'FIXED',
    },
    bid: { type: 'FIXED', amount: { amount: '1500.00', currency: 'USD' } },
    connects: 12,
    approval: { state: 'PENDING', approvalsNeeded: 2, approvalsGiven: 1, ruleName: 'Big bids' },
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T11:00:00Z',
    sentAt: null,
    ...overrides,
  };
}

export function threadEntry(overrides: Partial<ThreadEntry> = {}): ThreadEntry {
  return {
    id: 't-1',
    author: MANAGER,
    text: 'Mention the bank portal.',
    decision: 'REQUEST_CHANGES',
    round: 1,
    createdAt: '2026-11-23T12:00:00Z',
    ...overrides,
  };
}

export function noCollisions(jobId = '1790000000000000001'): Collisions {
  return { jobId, mine: null, colleagues: [] };
}
