import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { AccountApi, DeviceSession } from './account-api';
import { ErrorAlert } from '../../shared/error-alert';

/** Where the person is signed in; sign out one device or all of them. */
@Component({
  selector: 'cb-devices',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatIconModule,
    MatTableModule,
    TranslocoPipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="security-devices">
      <mat-card-header>
        <mat-icon mat-card-avatar aria-hidden="true">devices</mat-icon>
        <mat-card-title
          ><h2>{{ 'security.devices.title' | transloco }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'security.devices.subtitle' | transloco }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (error(); as message) {
          <cb-error-alert [message]="message" />
        }
        <div class="cb-table-wrapper">
          <table mat-table [dataSource]="sessions()" data-testid="sessions-table">
            <caption class="cb-visually-hidden">
              {{
                'security.devices.title' | transloco
              }}
            </caption>
            <ng-container matColumnDef="browser">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'security.devices.browser' | transloco }}
              </th>
              <td mat-cell *matCellDef="let s">
                {{ s.browser || ('security.devices.unknownBrowser' | transloco) }}
                @if (s.current) {
                  <mat-chip-set class="cb-inline-chip">
                    <mat-chip highlighted data-testid="session-current">{{
                      'security.devices.thisDevice' | transloco
                    }}</mat-chip>
                  </mat-chip-set>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="ip">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'audit.columns.ip' | transloco }}
              </th>
              <td mat-cell *matCellDef="let s" class="cb-nowrap">{{ s.ip || '—' }}</td>
            </ng-container>
            <ng-container matColumnDef="startedAt">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'security.devices.started' | transloco }}
              </th>
              <td mat-cell *matCellDef="let s" class="cb-nowrap">
                <time [attr.datetime]="s.startedAt">{{
                  s.startedAt | localizedDate: language.locale()
                }}</time>
              </td>
            </ng-container>
            <ng-container matColumnDef="lastActiveAt">
              <th mat-header-cell *matHeaderCellDef scope="col">
                {{ 'security.devices.lastActive' | transloco }}
              </th>
              <td mat-cell *matCellDef="let s" class="cb-nowrap">
                <time [attr.datetime]="s.lastActiveAt">{{
                  s.lastActiveAt | localizedDate: language.locale()
                }}</time>
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef scope="col">
                <span class="cb-visually-hidden">{{ 'team.columns.actions' | transloco }}</span>
              </th>
              <td mat-cell *matCellDef="let s" class="cb-actions">
                @if (!s.current) {
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="revoke(s)"
                    [disabled]="busyId() === s.id"
                    data-testid="session-revoke"
                  >
                    {{ 'security.devices.signOut' | transloco }}
                  </button>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              data-testid="session-row"
              [attr.data-current]="row.current"
            ></tr>
          </table>
        </div>
      </mat-card-content>
      <mat-card-actions>
        <button
          mat-stroked-button
          type="button"
          class="cb-danger"
          (click)="signOutEverywhere()"
          data-testid="sign-out-everywhere"
        >
          {{ 'security.devices.everywhere.button' | transloco }}
        </button>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    table {
      width: 100%;
    }
    .cb-inline-chip {
      display: inline-block;
      margin-left: 8px;
      vertical-align: middle;
    }
    mat-card-actions {
      padding: 0 16px 16px;
    }
  `,
})
export class Devices implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly session = inject(Session);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly language = inject(Language);

  protected readonly columns = ['browser', 'ip', 'startedAt', 'lastActiveAt', 'actions'];
  protected readonly sessions = signal<readonly DeviceSession[]>([]);
  protected readonly busyId = signal<string | null>(null);
  protected readonly error = signal<Message | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.api.sessions().subscribe({
      next: (page) => this.sessions.set(page.items),
      error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
    });
  }

  protected revoke(device: DeviceSession): void {
    const browser = device.browser || this.transloco.translate('security.devices.unknownBrowser');
    this.confirmation
      .ask({
        title: this.transloco.translate('security.devices.revoke.title'),
        message: this.transloco.translate('security.devices.revoke.message', {
          browser,
          ip: device.ip ?? '—',
        }),
        confirmLabel: this.transloco.translate('security.devices.signOut'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: true,
      })
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.busyId.set(device.id);
          return this.api.revokeSession(device.id);
        }),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.notifier.success('security.devices.revoke.done', { browser });
          this.load();
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.error.set(problemMessage(toProblem(error)));
        },
      });
  }

  protected signOutEverywhere(): void {
    this.confirmation
      .ask({
        title: this.transloco.translate('security.devices.everywhere.title'),
        message: this.transloco.translate('security.devices.everywhere.message'),
        confirmLabel: this.transloco.translate('security.devices.everywhere.confirm'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: true,
      })
      .pipe(
        filter((yes) => yes),
        switchMap(() => this.api.signOutEverywhere()),
        switchMap(() => this.session.sessionEnded()),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl('/sign-in'),
        error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
      });
  }
}
