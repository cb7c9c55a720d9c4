import { AppNotification } from '../app/features/notifications/notifications-api';

/** A notification as the server sends it, unread, with whatever a spec overrides. */
export function notification(overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    id: crypto.randomUUID(),
    topic: 'proposal-approved',
    params: { jobTitle: 'Shopify storefront', actorName: 'Olena Koval' },
    link: '/proposals/p-1',
    createdAt: '2026-11-23T10:15:00Z',
    readAt: null,
    ...overrides,
  };
}
