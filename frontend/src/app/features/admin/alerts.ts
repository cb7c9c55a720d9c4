import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SecurityAlerts } from '../../shared/security-alerts/security-alerts';

/** Security alerts across the platform. */
@Component({
  selector: 'cb-admin-alerts',
  imports: [TranslocoPipe, SecurityAlerts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-page">
      <header class="cb-page-header">
        <div>
          <h1>{{ 'alerts.title' | transloco }}</h1>
          <p class="cb-subtitle">{{ 'alerts.adminSubtitle' | transloco }}</p>
        </div>
      </header>
      <cb-security-alerts scope="admin" />
    </div>
  `,
})
export class AdminAlerts {}
