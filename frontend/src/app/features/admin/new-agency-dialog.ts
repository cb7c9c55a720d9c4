import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { applyFieldErrors, toProblem } from '../../core/http/problem-details';
import { Message, textMessage } from '../../core/i18n/message';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { MessageText } from '../../shared/message-text';
import { SLUG_MAX_LENGTH, deriveSlugFromName, slugValidator } from '../../shared/forms/slug';
import { CreatedTenant, NewTenant, TenantsApi } from './tenants-api';

/** Creates an agency with its first owner; closes with the created tenant. */
@Component({
  selector: 'cb-new-agency-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FieldError,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-agency-dialog.html',
  styleUrl: './new-agency-dialog.scss',
})
export class NewAgencyDialog {
  private readonly api = inject(TenantsApi);
  private readonly dialogRef = inject<MatDialogRef<NewAgencyDialog, CreatedTenant>>(MatDialogRef);

  protected readonly slugMaxLength = SLUG_MAX_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly hidePassword = signal(true);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    slug: ['', [Validators.required, Validators.maxLength(SLUG_MAX_LENGTH), slugValidator]],
    ownerEmail: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    ownerName: ['', [Validators.required, Validators.maxLength(120)]],
    ownerPassword: ['', Validators.maxLength(128)],
  });
  /** Keeps the slug in step with the name until the user types their own. */
  protected readonly onSlugInput = deriveSlugFromName(
    this.form.controls.name,
    this.form.controls.slug,
  );

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const tenant: NewTenant = {
      name: value.name.trim(),
      slug: value.slug,
      ownerEmail: value.ownerEmail.trim(),
      ownerName: value.ownerName.trim(),
      ...(value.ownerPassword ? { ownerPassword: value.ownerPassword } : {}),
    };
    this.submitting.set(true);
    this.error.set(null);
    this.dialogRef.disableClose = true;
    this.api.create(tenant).subscribe({
      next: (created) => {
        this.submitting.set(false);
        this.dialogRef.disableClose = false;
        this.dialogRef.close(created);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.dialogRef.disableClose = false;
        const problem = toProblem(error);
        const unmatched = applyFieldErrors(this.form, problem);
        if (problem.errors.length > 0 && unmatched.length === 0) {
          return;
        }
        this.error.set(
          unmatched.length > 0
            ? textMessage(unmatched.map((e) => `${e.field}: ${e.message}`).join('\n'))
            : problemMessage(problem),
        );
      },
    });
  }
}
