import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { LocalizedDatePipe } from '../localized-date';
import { MessageText } from '../message-text';
import { AlertScope, AlertStatus, SecurityAlert, SecurityAlertsApi } from './security-alerts-api';

type StatusFilter = AlertStatus | 'ALL';

const SEVERITY_ICONS: Record<string, string> = {
  INFO: 'info',
  WARNING: 'warning',
  CRITICAL: 'report',
};

/** A filterable table of security alerts with an "acknowledge" action per open alert. */
@Component({
  selector: 'cb-security-alerts',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './security-alerts.html',
  styleUrl: './security-alerts.scss',
})
export class SecurityAlerts implements OnInit {
  private readonly api = inject(SecurityAlertsApi);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(Language);

  readonly scope = input.required<AlertScope>();

  protected readonly columns = [
    'severity',
    'kind',
    'summary',
    'user',
    'ip',
    'createdAt',
    'actions',
  ];
  protected readonly filters: readonly StatusFilter[] = ['OPEN', 'ACKNOWLEDGED', 'ALL'];
  protected readonly status = signal<StatusFilter>('OPEN');
  protected readonly alerts = signal<readonly SecurityAlert[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly busyId = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected icon(severity: string): string {
    return SEVERITY_ICONS[severity] ?? 'info';
  }

  protected onStatus(status: StatusFilter): void {
    this.status.set(status);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    const status = this.status();
    this.api.list(this.scope(), status === 'ALL' ? null : status).subscribe({
      next: (page) => {
        this.alerts.set(page.items);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }

  protected acknowledge(alert: SecurityAlert): void {
    this.busyId.set(alert.id);
    this.api.acknowledge(this.scope(), alert.id).subscribe({
      next: () => {
        this.busyId.set(null);
        this.notifier.success('alerts.acknowledged');
        this.load();
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.notifier.problem(toProblem(error));
      },
    });
  }
}
