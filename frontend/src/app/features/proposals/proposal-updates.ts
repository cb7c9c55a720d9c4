import { InjectionToken, Injectable, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Observable, auditTime, filter, map, merge, share } from 'rxjs';
import { LiveSignal, NotificationCenter } from '../notifications/notification-center';
import { AppNotification } from '../notifications/notifications-api';

const PROPOSAL_LINK = /^\/proposals\/([0-9a-zA-Z-]+)(?:[/?#]|$)/;

/** The proposal a notification is about, from its link (`/proposals/<id>`), if it is about one. */
export function proposalIdOf(notification: AppNotification | null): string | null {
  if (!notification || !notification.topic.startsWith('proposal-') || !notification.link) {
    return null;
  }
  return PROPOSAL_LINK.exec(notification.link)?.[1] ?? null;
}

/**
 * What changed: a step of the proposal's timeline (its state or content, with a new version), or
 * a new comment in its thread (the proposal itself, and its version, stay as they were).
 */
export type ProposalChangeKind = 'step' | 'comment';

/** A proposal that changed; its new version when the server said (a live signal), else null. */
export interface ProposalChange {
  readonly kind: ProposalChangeKind;
  readonly proposalId: string;
  readonly version: number | null;
}

/**
 * The change a `proposal-changed` signal tells about, if it is a well-formed one. A signal
 * without a kind (or of a kind this page does not know) is taken for a step.
 */
export function proposalChangeOf(signal: LiveSignal): ProposalChange | null {
  if (signal.event !== 'proposal-changed' || !signal.data['proposalId']) {
    return null;
  }
  const version = Number(signal.data['version']);
  return {
    kind: signal.data['kind'] === 'comment' ? 'comment' : 'step',
    proposalId: signal.data['proposalId'],
    version: Number.isFinite(version) ? version : null,
  };
}

/** What {@link ProposalUpdates.listChanges} emits: a reload because of live changes. */
export const LIVE = 'live';

/** The shortest time between two reloads of a list of proposals on live changes. */
export const PROPOSAL_LIST_REFRESH_MS = new InjectionToken<number>('PROPOSAL_LIST_REFRESH_MS', {
  factory: () => 500,
});

/**
 * Proposals that changed while the member looks at them: read from the notification centre's live
 * stream (the one stream of the tab, never a second connection): the `proposal-changed` signal
 * every reader of a proposal gets at each step of its timeline (whatever their notification
 * preferences), and the notifications about proposals.
 */
@Injectable({ providedIn: 'root' })
export class ProposalUpdates {
  private readonly center = inject(NotificationCenter);

  /** Each change, as it arrives. */
  readonly changes: Observable<ProposalChange> = merge(
    toObservable(this.center.arrival).pipe(
      map(proposalIdOf),
      filter((id): id is string => id !== null),
      map((proposalId): ProposalChange => ({ kind: 'step', proposalId, version: null })),
    ),
    this.center.signals.pipe(
      map(proposalChangeOf),
      filter((change): change is ProposalChange => change !== null),
    ),
  ).pipe(share());

  /**
   * The id of each proposal that changed, as the change arrives; a new comment alone does not
   * count (it changes nothing a list of proposals shows).
   */
  readonly changed: Observable<string> = this.changes.pipe(
    filter((change) => change.kind === 'step'),
    map((change) => change.proposalId),
    share(),
  );

  /**
   * When a list of proposals should reload: a while after a change, once for all the changes of
   * that while (a busy agency signals many steps in a row; each list reloads once for them).
   */
  readonly listChanges: Observable<typeof LIVE> = this.changed.pipe(
    auditTime(inject(PROPOSAL_LIST_REFRESH_MS)),
    map(() => LIVE),
  );
}
