import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Page, PageRequest } from '../../core/http/page';

/** One notification as the server sends it; the text is rendered from `topic` and `params`. */
export interface AppNotification {
  readonly id: string;
  readonly topic: string;
  readonly params: Readonly<Record<string, string>>;
  /** A path inside the app, e.g. `/proposals/…`, or null. */
  readonly link: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** The member's channels for one topic. */
export interface TopicPreference {
  readonly topic: string;
  readonly inApp: boolean;
  readonly email: boolean;
  readonly emailByDefault: boolean;
}

export interface UnreadCount {
  readonly unreadCount: number;
}

/** The live stream's URL: server-sent events `unread-count` and `notification`. */
export const NOTIFICATION_STREAM_URL = '/api/notifications/stream';

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** The member's notifications, newest first. */
  list(request: PageRequest, unreadOnly = false): Observable<Page<AppNotification>> {
    let params = new HttpParams().set('page', request.page).set('size', request.size);
    if (unreadOnly) {
      params = params.set('unread', true);
    }
    return this.http.get<Page<AppNotification>>('/api/notifications', { params });
  }

  unreadCount(): Observable<UnreadCount> {
    return this.http.get<UnreadCount>('/api/notifications/unread-count');
  }

  markRead(id: string): Observable<AppNotification> {
    return this.http.post<AppNotification>(`/api/notifications/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<{ readonly marked: number; readonly unreadCount: number }> {
    return this.http.post<{ marked: number; unreadCount: number }>(
      '/api/notifications/read-all',
      {},
    );
  }

  preferences(): Observable<{ readonly preferences: readonly TopicPreference[] }> {
    return this.http.get<{ preferences: TopicPreference[] }>('/api/notifications/preferences');
  }

  changePreference(
    topic: string,
    inApp: boolean,
    email: boolean,
  ): Observable<{ readonly preferences: readonly TopicPreference[] }> {
    return this.http.put<{ preferences: TopicPreference[] }>('/api/notifications/preferences', {
      preferences: [{ topic, inApp, email }],
    });
  }
}
