import { Injectable, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { Observable, filter, map, share } from 'rxjs';
import { NotificationCenter } from '../notifications/notification-center';
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
 * Proposals that changed while the member looks at them: read from the notification centre's live
 * stream (the one stream of the tab, never a second connection).
 */
@Injectable({ providedIn: 'root' })
export class ProposalUpdates {
  /** The id of each proposal a live notification tells about, as it arrives. */
  readonly changed: Observable<string> = toObservable(inject(NotificationCenter).arrival).pipe(
    map(proposalIdOf),
    filter((id): id is string => id !== null),
    share(),
  );
}
