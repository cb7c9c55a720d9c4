import { TextFieldModule } from '@angular/cdk/text-field';
import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Problem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { MessageText } from '../../shared/message-text';
import { formatMoney } from '../jobs/job-format';
import { parseAmount, sumAmounts } from './money';
import {
  MAX_ANSWER,
  MAX_CONNECTS,
  MAX_COVER_LETTER,
  applyContentErrors,
  bidCurrency,
  contentForm,
  editOf,
  milestoneForm,
  patchContent,
} from './proposal-form';
import { ProposalSession, contentOf } from './proposal-session';
import { DURATIONS } from './proposals-api';
import { SaveStatus } from './save-status';

/**
 * The draft beside the job: cover letter, screening answers, bid (a fixed price with milestones
 * that add up, or an hourly rate), duration and Connects, saved as the member types. A conflict
 * keeps the member's text and lets them choose; taking the other version keeps theirs aside.
 */
@Component({
  selector: 'cb-proposal-editor',
  imports: [
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MessageText,
    ReactiveFormsModule,
    RouterLink,
    SaveStatus,
    TextFieldModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-editor.html',
  styleUrl: './proposal-editor.scss',
})
export class ProposalEditor {
  protected readonly session = inject(ProposalSession);
  private readonly clipboard = inject(Clipboard);
  private readonly notifier = inject(Notifier);
  private readonly language = inject(Language);

  protected readonly durations = DURATIONS;
  protected readonly maxCoverLetter = MAX_COVER_LETTER;
  protected readonly maxAnswer = MAX_ANSWER;
  protected readonly maxConnects = MAX_CONNECTS;
  protected readonly form = contentForm();
  /** What the member had typed when they took the other version instead: kept to copy from. */
  protected readonly earlierText = signal<string | null>(null);
  /** A problem of the whole form that no field shows (from a refused save or submission). */
  protected readonly formProblem = signal<Message | null>(null);

  protected readonly proposal = this.session.proposal;
  protected readonly job = computed(() => this.proposal()?.job ?? null);
  protected readonly editable = computed(() => this.session.may('EDIT'));
  protected readonly currency = computed(() => {
    const job = this.job();
    return job ? bidCurrency(job, null) : 'USD';
  });
  /** Moves with every change of the form, so the sums below follow it. */
  private readonly value = signal(0);
  protected readonly coverLetterLength = computed(() => {
    this.value();
    return this.form.controls.coverLetter.value.length;
  });
  /** "Milestones add up to $1,000 of $1,500", while there are milestones. */
  protected readonly milestoneSum = computed(() => {
    this.value();
    const bid = this.form.controls.bid;
    const amounts = bid.controls.milestones.controls.map((m) => m.controls.amount.value);
    if (amounts.length === 0) {
      return null;
    }
    const sum = sumAmounts(amounts);
    const total = parseAmount(bid.controls.amount.value);
    const locale = this.language.locale();
    const currency = this.currency();
    return {
      sum: sum === null ? '—' : formatMoney({ amount: sum, currency }, locale),
      total: total === null ? '—' : formatMoney({ amount: total, currency }, locale),
      mismatch: bid.hasError('milestonesSum'),
    };
  });
  protected readonly missingNames = computed(() =>
    (this.proposal()?.missingVariables ?? []).map((name) => name.replace(/_/g, ' ')).join(', '),
  );
  protected readonly bidPreview = computed(() => {
    this.value();
    const amount = parseAmount(this.form.controls.bid.controls.amount.value);
    return amount === null
      ? ''
      : formatMoney({ amount, currency: this.currency() }, this.language.locale());
  });

  constructor() {
    effect(() => {
      const content = this.session.content();
      untracked(() => {
        if (content) {
          patchContent(this.form, content);
          this.formProblem.set(null);
          this.applyEditable(this.editable());
          this.value.update((n) => n + 1);
        }
      });
    });
    effect(() => {
      const editable = this.editable();
      untracked(() => this.applyEditable(editable));
    });
    effect(() => {
      const problem = this.session.autosave.problem();
      if (problem && this.session.autosave.state() === 'failed') {
        untracked(() => this.showProblem(problem));
      }
    });
    this.form.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      this.value.update((n) => n + 1);
      const job = this.job();
      if (job && this.editable()) {
        this.session.edited(this.currentEdit());
      }
    });
  }

  private applyEditable(editable: boolean): void {
    if (editable) {
      this.form.enable({ emitEvent: false });
    } else {
      this.form.disable({ emitEvent: false });
    }
  }

  protected get answers() {
    return this.form.controls.answers;
  }

  protected get milestones() {
    return this.form.controls.bid.controls.milestones;
  }

  protected question(position: number): string {
    return this.job()?.screeningQuestions.find((q) => q.position === position)?.question ?? '';
  }

  /** Pre-filled from the template and not changed since. */
  protected suggested(index: number): boolean {
    const proposal = this.session.content();
    const control = this.answers.at(index);
    const answer = proposal?.answers.find((a) => a.position === control.controls.position.value);
    return !!answer?.suggested && answer.answer === control.controls.answer.value;
  }

  protected addMilestone(): void {
    this.milestones.push(milestoneForm());
  }

  protected removeMilestone(index: number): void {
    this.milestones.removeAt(index);
  }

  protected useEstimate(): void {
    this.form.controls.connects.setValue('');
  }

  protected keepMine(): void {
    this.session.keepMine(this.currentEdit());
  }

  protected takeTheirs(): void {
    this.earlierText.set(this.form.controls.coverLetter.value);
    this.session.takeTheirs();
  }

  protected copyEarlierText(): void {
    const text = this.earlierText();
    if (text !== null && this.clipboard.copy(text)) {
      this.notifier.success('proposals.conflict.copied');
    }
  }

  /**
   * Shows a refused save or submission at its fields; the rest above the form. Returns whether
   * every error found its field.
   */
  showProblem(problem: Problem): void {
    const unmatched = applyContentErrors(this.form, problem);
    this.formProblem.set(
      problem.errors.length > 0 && unmatched.length === 0 ? null : problemMessage(problem),
    );
  }

  /** The content as typed (what the server would get now). */
  currentEdit() {
    const job = this.job();
    const proposal = this.proposal();
    if (!job || !proposal) {
      throw new Error('No proposal is open');
    }
    return editOf(this.form, job, contentOf(proposal));
  }
}
