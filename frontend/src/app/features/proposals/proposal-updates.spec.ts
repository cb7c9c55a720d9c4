import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgencyRole } from '../../core/auth/session';
import { fakeEventSources } from '../../../testing/fake-event-source';
import { notification } from '../../../testing/notifications';
import { provideTestEnvironment, sessionInfo, signInAs } from '../../../testing/providers';
import { EVENT_SOURCE } from '../notifications/notification-center';
import {
  ProposalChange,
  ProposalUpdates,
  proposalChangeOf,
  proposalIdOf,
} from './proposal-updates';

/** A member signed in, with the fake live stream of their tab. */
function signedInWithStream(role: AgencyRole): ReturnType<typeof fakeEventSources> {
  const streams = fakeEventSources();
  TestBed.configureTestingModule({
    providers: [...provideTestEnvironment(), { provide: EVENT_SOURCE, useValue: streams.factory }],
  });
  signInAs(sessionInfo({ role }));
  return streams;
}

describe('ProposalUpdates', () => {
  it('reads the proposal from the link of proposal notifications only', () => {
    expect(proposalIdOf(notification({ link: '/proposals/p-7' }))).toBe('p-7');
    expect(proposalIdOf(notification({ link: '/proposals/p-7?tab=thread' }))).toBe('p-7');
    expect(
      proposalIdOf(notification({ topic: 'saved-search-matches', link: '/proposals/p-7' })),
    ).toBeNull();
    expect(proposalIdOf(notification({ link: null }))).toBeNull();
    expect(proposalIdOf(notification({ link: '/jobs/1' }))).toBeNull();
    expect(proposalIdOf(null)).toBeNull();
  });

  it('tells which proposal changed when a notification arrives on the one live stream', async () => {
    const streams = signedInWithStream('FREELANCER');
    const changed: string[] = [];
    TestBed.inject(ProposalUpdates).changed.subscribe((id) => changed.push(id));
    TestBed.tick();

    streams.latest().emit('notification', {
      notification: notification({ topic: 'proposal-approved', link: '/proposals/p-9' }),
      unreadCount: 1,
    });
    TestBed.tick();
    streams.latest().emit('notification', {
      notification: notification({
        topic: 'saved-search-matches',
        link: '/jobs/saved-searches/s-1',
      }),
      unreadCount: 2,
    });
    TestBed.tick();

    expect(changed).toEqual(['p-9']);
    expect(streams.opened).toHaveLength(1);
    TestBed.inject(HttpTestingController).verify();
  });

  it('reads a proposal-changed signal, with its version when it is a number', () => {
    expect(
      proposalChangeOf({
        event: 'proposal-changed',
        data: { proposalId: 'p-3', state: 'APPROVED', version: '7' },
      }),
    ).toEqual({ kind: 'step', proposalId: 'p-3', version: 7 });
    expect(
      proposalChangeOf({ event: 'proposal-changed', data: { proposalId: 'p-3', version: 'x' } }),
    ).toEqual({ kind: 'step', proposalId: 'p-3', version: null });
    expect(proposalChangeOf({ event: 'proposal-changed', data: {} })).toBeNull();
  });

  it('tells a new comment from a step by the signal’s kind; without a known kind it is a step', () => {
    const data = { proposalId: 'p-3', state: 'PENDING_APPROVAL', version: '7' };
    expect(
      proposalChangeOf({ event: 'proposal-changed', data: { ...data, kind: 'comment' } }),
    ).toEqual({ kind: 'comment', proposalId: 'p-3', version: 7 });
    expect(
      proposalChangeOf({ event: 'proposal-changed', data: { ...data, kind: 'step' } }),
    ).toEqual({ kind: 'step', proposalId: 'p-3', version: 7 });
    expect(
      proposalChangeOf({ event: 'proposal-changed', data: { ...data, kind: 'other' } })?.kind,
    ).toBe('step');
  });

  it('counts a new comment as a change of the proposal’s page but not of the lists', () => {
    const streams = signedInWithStream('MANAGER');
    const updates = TestBed.inject(ProposalUpdates);
    const kinds: string[] = [];
    updates.changes.subscribe((c) => kinds.push(`${c.kind} ${c.proposalId}`));
    const ids: string[] = [];
    updates.changed.subscribe((id) => ids.push(id));
    TestBed.tick();

    streams.latest().emit('proposal-changed', {
      kind: 'comment',
      proposalId: 'p-4',
      state: 'DRAFT',
      version: '2',
    });
    streams
      .latest()
      .emit('proposal-changed', { kind: 'step', proposalId: 'p-5', state: 'DRAFT', version: '3' });
    TestBed.tick();

    expect(kinds).toEqual(['comment p-4', 'step p-5']);
    expect(ids).toEqual(['p-5']);
    TestBed.inject(HttpTestingController).verify();
  });

  it('tells of each proposal-changed signal on the stream, two alike in a row too', async () => {
    const streams = signedInWithStream('MANAGER');
    const changes: ProposalChange[] = [];
    const updates = TestBed.inject(ProposalUpdates);
    updates.changes.subscribe((c) => changes.push(c));
    const ids: string[] = [];
    updates.changed.subscribe((id) => ids.push(id));
    TestBed.tick();

    const signal = { proposalId: 'p-4', state: 'APPROVED', version: '12' };
    streams.latest().emit('proposal-changed', signal);
    streams.latest().emit('proposal-changed', signal);
    TestBed.tick();

    expect(changes).toEqual([
      { kind: 'step', proposalId: 'p-4', version: 12 },
      { kind: 'step', proposalId: 'p-4', version: 12 },
    ]);
    expect(ids).toEqual(['p-4', 'p-4']);
    expect(streams.opened).toHaveLength(1);
    TestBed.inject(HttpTestingController).verify();
  });
});
