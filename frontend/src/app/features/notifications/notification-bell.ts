import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../../core/i18n/language';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { NotificationCenter } from './notification-center';
import { notificationIcon, notificationMessage, notificationTarget } from './notification-text';
import { AppNotification } from './notifications-api';

/** The toolbar's bell: the unread count, live, and a panel with the newest notifications. */
@Component({
  selector: 'cb-notification-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
})
export class NotificationBell {
  protected readonly center = inject(NotificationCenter);
  protected readonly language = inject(Language);
  private readonly router = inject(Router);

  protected readonly count = this.center.unreadCount;
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly message = notificationMessage;
  protected readonly icon = notificationIcon;

  protected opened(): void {
    this.center.refreshLatest();
  }

  protected open(notification: AppNotification): void {
    this.center.markRead(notification);
    void this.router.navigateByUrl(notificationTarget(notification));
  }

  protected markAllRead(event: Event): void {
    // Keep the panel open: the list shows the change.
    event.stopPropagation();
    this.center.markAllRead();
  }
}
