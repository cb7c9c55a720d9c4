import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgencyRole } from '../../core/auth/session';
import { toProblem } from '../../core/http/problem-details';
import { Message } from '../../core/i18n/message';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { Invitation, TeamApi } from './team-api';
import { ErrorAlert } from '../../shared/error-alert';

export interface InviteDialogData {
  /** The roles the inviter may give (only owners may invite owners). */
  readonly roles: readonly AgencyRole[];
}

/** Invites someone by e-mail; closes with the invitation once it is sent. */
@Component({
  selector: 'cb-invite-dialog',
  imports: [
    ErrorAlert,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'team.invite.title' | transloco }}</h2>
    @if (submitting()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | transloco" />
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'team.invite.intro' | transloco }}</p>
        @if (error(); as message) {
          <cb-error-alert [message]="message" testId="invite-error" />
        }
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'team.invite.email' | transloco }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="off"
            required
            cdkFocusInitial
            data-testid="invite-email"
          />
          <mat-error><cb-field-error [control]="form.controls.email" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="cb-full-width">
          <mat-label>{{ 'team.invite.role' | transloco }}</mat-label>
          <mat-select formControlName="role" required data-testid="invite-role">
            @for (role of data.roles; track role) {
              <mat-option [value]="role" [attr.data-testid]="'invite-role-' + role">
                {{ 'roles.' + role | transloco }}
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'team.roleHints.' + form.controls.role.value | transloco }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="invite-submit">
          {{ 'team.invite.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class InviteDialog {
  private readonly api = inject(TeamApi);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, Invitation>>(MatDialogRef);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    role: ['FREELANCER' as AgencyRole, Validators.required],
  });

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, role } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.api.invite(email.trim(), role).subscribe({
      next: (invitation) => {
        this.submitting.set(false);
        this.dialogRef.close(invitation);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const problem = toProblem(error);
        this.error.set(formProblemMessage(this.form, problem));
      },
    });
  }
}
