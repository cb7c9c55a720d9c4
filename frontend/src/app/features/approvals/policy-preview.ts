import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Problem, toProblem } from '../../core/http/problem-details';
import { Message, keyMessage } from '../../core/i18n/message';
import { formProblemMessage } from '../../core/notifications/problem-message';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { COMMON_CURRENCIES } from '../agency/reference-data';
import { ApprovalPolicyApi, ApprovalRule, Evaluation } from './approval-policy-api';
import { AMOUNT_PATTERN } from './rule-form';

/**
 * "Which rule applies to a proposal like this?": tries the rules being edited (or the saved policy)
 * on imagined facts. Problems with the rules themselves go to the editor, which shows them inline.
 */
@Component({
  selector: 'cb-policy-preview',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorAlert,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-preview.html',
  styleUrl: './policy-preview.scss',
})
export class PolicyPreview {
  /** The unsaved rules to try, read when asked; null tries the saved policy. */
  readonly draft = input<() => readonly ApprovalRule[] | null>(() => null);
  /** Whether the rules tried include unsaved edits (said in the subtitle). */
  readonly editing = input(false);
  /** The rules being tried are invalid: the editor shows where. */
  readonly invalidRules = output<Problem>();

  private readonly api = inject(ApprovalPolicyApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly currencies = COMMON_CURRENCIES;

  protected readonly result = signal<Evaluation | null>(null);
  protected readonly error = signal<Message | null>(null);
  protected readonly checking = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    bid: inject(NonNullableFormBuilder).group({
      amount: ['1000', [Validators.required, Validators.pattern(AMOUNT_PATTERN)]],
      currency: ['USD', Validators.required],
    }),
    connects: [8 as number | null, [Validators.required, Validators.min(0)]],
    category: [''],
    newClient: [false],
    authorPriorProposals: [5 as number | null, Validators.min(0)],
  });

  protected check(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const rules = this.draft()();
    this.checking.set(true);
    this.error.set(null);
    this.api
      .evaluate(
        {
          bid: { amount: v.bid.amount.trim(), currency: v.bid.currency },
          connects: v.connects,
          category: v.category.trim() === '' ? null : v.category.trim(),
          newClient: v.newClient,
          authorPriorProposals: v.authorPriorProposals ?? 0,
        },
        rules ?? undefined,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (evaluation) => {
          this.checking.set(false);
          this.result.set(evaluation);
        },
        error: (error: unknown) => {
          this.checking.set(false);
          this.result.set(null);
          const problem = toProblem(error);
          if (problem.errors.some((e) => e.field.startsWith('rules'))) {
            this.invalidRules.emit(problem);
            this.error.set(keyMessage('approvals.preview.fixRules'));
            return;
          }
          this.error.set(formProblemMessage(this.form, problem));
        },
      });
  }
}
