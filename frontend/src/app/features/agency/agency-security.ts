import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { SecurityAlerts } from '../../shared/security-alerts/security-alerts';
import { SecurityPolicyApi } from './security-policy-api';
import { ErrorAlert } from '../../shared/error-alert';

/** The owner's security settings for the agency, and its security alerts. */
@Component({
  selector: 'cb-agency-security',
  imports: [
    ErrorAlert,
    MatCardModule,
    MatIconModule,
    MatSlideToggleModule,
    TranslocoPipe,
    SecurityAlerts,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-page">
      <header class="cb-page-header">
        <div>
          <h1>{{ 'agencySecurity.title' | transloco }}</h1>
          <p class="cb-subtitle">{{ 'agencySecurity.subtitle' | transloco }}</p>
        </div>
      </header>
      <mat-card appearance="outlined" class="cb-policy">
        <mat-card-content>
          @if (error(); as message) {
            <cb-error-alert [message]="message" testId="policy-error" />
          }
          <mat-slide-toggle
            [checked]="mfaRequired()"
            [disabled]="mfaRequired() === null || saving()"
            (change)="onToggle($event)"
            data-testid="policy-mfa-required"
          >
            {{ 'agencySecurity.requireMfa' | transloco }}
          </mat-slide-toggle>
          <p class="cb-hint">{{ 'agencySecurity.requireMfaHint' | transloco }}</p>
        </mat-card-content>
      </mat-card>
      <h2 class="cb-section-title">{{ 'alerts.title' | transloco }}</h2>
      <cb-security-alerts scope="agency" />
    </div>
  `,
  styles: `
    .cb-policy {
      margin-bottom: 24px;
    }
    .cb-hint {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .cb-section-title {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class AgencySecurity implements OnInit {
  private readonly api = inject(SecurityPolicyApi);
  private readonly notifier = inject(Notifier);

  protected readonly mfaRequired = signal<boolean | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<Message | null>(null);

  ngOnInit(): void {
    this.api.get().subscribe({
      next: (policy) => this.mfaRequired.set(policy.mfaRequired),
      error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
    });
  }

  protected onToggle(event: MatSlideToggleChange): void {
    const wanted = event.checked;
    this.saving.set(true);
    this.error.set(null);
    this.api.update({ mfaRequired: wanted }).subscribe({
      next: (policy) => {
        this.saving.set(false);
        this.mfaRequired.set(policy.mfaRequired);
        this.notifier.success(
          policy.mfaRequired ? 'agencySecurity.mfaRequiredOn' : 'agencySecurity.mfaRequiredOff',
        );
      },
      error: (error: unknown) => {
        this.saving.set(false);
        event.source.checked = !wanted;
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }
}
