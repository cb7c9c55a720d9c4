import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { MessageText } from '../../shared/message-text';
import { KNOWN_TOPICS } from './notification-text';
import { NotificationsApi, TopicPreference } from './notifications-api';

type Channel = 'inApp' | 'email';

/** Per topic: whether the member hears of it in the app and by e-mail. Each toggle saves at once. */
@Component({
  selector: 'cb-notification-preferences',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlert,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-preferences.html',
  styleUrl: './notification-preferences.scss',
})
export class NotificationPreferences {
  private readonly api = inject(NotificationsApi);
  private readonly notifier = inject(Notifier);

  protected readonly channels: readonly {
    readonly column: Channel;
    readonly label: string;
    readonly testId: string;
  }[] = [
    { column: 'inApp', label: 'notifications.preferences.inApp', testId: 'pref-in-app-' },
    { column: 'email', label: 'notifications.preferences.email', testId: 'pref-email-' },
  ];
  protected readonly columns = ['topic', ...this.channels.map((c) => c.column)];
  protected readonly preferences = signal<readonly TopicPreference[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal<string | null>(null);
  protected readonly error = signal<Message | null>(null);
  protected readonly loadError = signal<Message | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.preferences().subscribe({
      next: (answer) => {
        this.loading.set(false);
        this.preferences.set(answer.preferences);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(problemMessage(toProblem(error)));
      },
    });
  }

  /** The label key of a topic; topics this version of the app does not know show their key. */
  protected topicName(topic: string): string | null {
    return KNOWN_TOPICS.includes(topic) ? `notifications.topicNames.${topic}` : null;
  }

  protected change(preference: TopicPreference, channel: Channel, on: boolean): void {
    const next = { ...preference, [channel]: on };
    this.error.set(null);
    this.saving.set(preference.topic);
    this.put(next);
    this.api.changePreference(next.topic, next.inApp, next.email).subscribe({
      next: (answer) => {
        this.saving.set(null);
        this.preferences.set(answer.preferences);
        this.notifier.success('notifications.preferences.saved');
      },
      error: (error: unknown) => {
        this.saving.set(null);
        // A copy: the row is drawn anew, so the toggle the user moved shows the kept value.
        this.put({ ...preference });
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }

  private put(preference: TopicPreference): void {
    this.preferences.update((list) =>
      list.map((p) => (p.topic === preference.topic ? preference : p)),
    );
  }
}
