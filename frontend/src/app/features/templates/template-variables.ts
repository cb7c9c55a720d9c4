import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage, problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { CustomVariable, TemplatesApi } from './templates-api';

/** Lower-case letters, digits and underscores, starting with a letter: as the server checks. */
export const VARIABLE_KEY = /^[a-z][a-z0-9_]{1,39}$/;

function variableKey(control: AbstractControl<string>): ValidationErrors | null {
  const key = control.value ?? '';
  return key === '' || VARIABLE_KEY.test(key)
    ? null
    : { messageKey: 'templates.variables.keyFormat' };
}

/** The agency's custom variables: everyone sees them; owners and managers add, change, delete. */
@Component({
  selector: 'cb-template-variables',
  imports: [
    ErrorAlert,
    FieldError,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-variables.html',
  styleUrl: './template-variables.scss',
})
export class TemplateVariables implements OnInit {
  private readonly api = inject(TemplatesApi);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canEdit = inject(Session).canManageAgency;

  protected readonly columns = ['key', 'value', 'usedBy', 'actions'];
  protected readonly variables = signal<readonly CustomVariable[]>([]);
  protected readonly builtIn = signal<readonly string[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly formError = signal<Message | null>(null);
  protected readonly saving = signal(false);
  /** The variable being changed, or null while adding a new one. */
  protected readonly editing = signal<CustomVariable | null>(null);

  protected readonly form = this.fb.group({
    key: ['', [Validators.required, variableKey]],
    value: ['', [Validators.required, Validators.maxLength(2000)]],
    description: ['', Validators.maxLength(300)],
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .variables()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.loading.set(false);
          this.variables.set(page.items);
          this.builtIn.set(page.builtIn);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(problemMessage(toProblem(error)));
        },
      });
  }

  protected edit(variable: CustomVariable): void {
    this.editing.set(variable);
    this.formError.set(null);
    this.form.reset({
      key: variable.key,
      value: variable.value,
      description: variable.description ?? '',
    });
    this.form.controls.key.disable();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.formError.set(null);
    this.form.reset();
    this.form.controls.key.enable();
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const description = value.description.trim() === '' ? null : value.description.trim();
    const editing = this.editing();
    const request = editing
      ? this.api.updateVariable(editing, value.value, description)
      : this.api.createVariable(value.key, value.value, description);
    this.saving.set(true);
    this.formError.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notifier.success(
          editing ? 'templates.variables.updated' : 'templates.variables.created',
          {
            key: saved.key,
          },
        );
        this.cancelEdit();
        this.load();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.formError.set(
          problem.status === 412 || hasProblemType(problem, 'stale-version')
            ? keyMessage('templates.variables.stale')
            : formProblemMessage(this.form, problem),
        );
      },
    });
  }

  protected remove(variable: CustomVariable): void {
    this.confirmation
      .ask({
        title: this.transloco.translate('templates.variables.deleteTitle', { key: variable.key }),
        message: this.transloco.translate('templates.variables.deleteMessage'),
        confirmLabel: this.transloco.translate('templates.variables.delete'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: true,
      })
      .pipe(
        filter((yes) => yes),
        switchMap(() => this.api.deleteVariable(variable.key)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.notifier.success('templates.variables.deleted', { key: variable.key });
          this.load();
        },
        error: (error: unknown) => this.notifier.problem(toProblem(error)),
      });
  }

  protected tag(key: string): string {
    return `{{${key}}}`;
  }
}
