import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Problem, applyFieldErrors } from '../../core/http/problem-details';
import { amountValidator, parseAmount, sumAmounts, toCents } from './money';
import {
  EstimatedDuration,
  Milestone,
  ProposalDetail,
  ProposalEdit,
  ProposalJob,
} from './proposals-api';

export type MilestoneForm = FormGroup<{
  description: FormControl<string>;
  dueDate: FormControl<string>;
  amount: FormControl<string>;
}>;

export type AnswerForm = FormGroup<{
  position: FormControl<number>;
  answer: FormControl<string>;
}>;

export type BidForm = FormGroup<{
  amount: FormControl<string>;
  milestones: FormArray<MilestoneForm>;
}>;

export type ContentForm = FormGroup<{
  coverLetter: FormControl<string>;
  answers: FormArray<AnswerForm>;
  bid: BidForm;
  estimatedDuration: FormControl<EstimatedDuration | ''>;
  connects: FormControl<string>;
}>;

export const MAX_COVER_LETTER = 20_000;
export const MAX_ANSWER = 5_000;
export const MAX_CONNECTS = 500;

/** Milestones, when there are any, add up to the bid exactly. */
function milestonesAddUp(control: AbstractControl): ValidationErrors | null {
  const bid = control as BidForm;
  const milestones = bid.controls.milestones.controls.map((m) => m.controls.amount.value);
  if (milestones.length === 0) {
    return null;
  }
  const total = parseAmount(bid.controls.amount.value);
  const sum = sumAmounts(milestones);
  if (total === null || sum === null) {
    return null;
  }
  return toCents(total) === toCents(sum) ? null : { milestonesSum: { sum, total } };
}

/** Whole Connects from 0 to 500, or empty for Crewbid's estimate. */
function connectsValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (value === '') {
    return null;
  }
  const number = Number(value);
  return /^\d+$/.test(value) && number <= MAX_CONNECTS ? null : { max: { max: MAX_CONNECTS } };
}

export function milestoneForm(milestone?: Milestone): MilestoneForm {
  return new FormGroup({
    description: new FormControl(milestone?.description ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500)],
    }),
    dueDate: new FormControl(milestone?.dueDate ?? '', { nonNullable: true }),
    amount: new FormControl(milestone?.amount.amount ?? '', {
      nonNullable: true,
      validators: [Validators.required, amountValidator],
    }),
  });
}

export function contentForm(): ContentForm {
  return new FormGroup({
    coverLetter: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(MAX_COVER_LETTER)],
    }),
    answers: new FormArray<AnswerForm>([]),
    bid: new FormGroup(
      {
        amount: new FormControl('', { nonNullable: true, validators: [amountValidator] }),
        milestones: new FormArray<MilestoneForm>([]),
      },
      { validators: milestonesAddUp },
    ),
    estimatedDuration: new FormControl<EstimatedDuration | ''>('', { nonNullable: true }),
    connects: new FormControl('', { nonNullable: true, validators: [connectsValidator] }),
  });
}

/** Shows the proposal's content in the form, without raising change events (no autosave). */
export function patchContent(form: ContentForm, proposal: ProposalDetail): void {
  const answers = form.controls.answers;
  answers.clear({ emitEvent: false });
  for (const question of proposal.job.screeningQuestions) {
    const answer = proposal.answers.find((a) => a.position === question.position);
    answers.push(
      new FormGroup({
        position: new FormControl(question.position, { nonNullable: true }),
        answer: new FormControl(answer?.answer ?? '', {
          nonNullable: true,
          validators: [Validators.maxLength(MAX_ANSWER)],
        }),
      }),
      { emitEvent: false },
    );
  }
  const milestones = form.controls.bid.controls.milestones;
  milestones.clear({ emitEvent: false });
  for (const milestone of proposal.bid?.type === 'FIXED' ? proposal.bid.milestones : []) {
    milestones.push(milestoneForm(milestone), { emitEvent: false });
  }
  form.reset(
    {
      coverLetter: proposal.coverLetter,
      bid: { amount: proposal.bid?.amount?.amount ?? '' },
      estimatedDuration: proposal.estimatedDuration ?? '',
      connects: proposal.connects.source === 'MEMBER' ? String(proposal.connects.value) : '',
    },
    { emitEvent: false },
  );
  form.updateValueAndValidity({ emitEvent: false });
}

/** The currency of the bid: the job's, else the one bid before, else US dollars. */
export function bidCurrency(job: ProposalJob, previous: ProposalEdit | null): string {
  return (
    job.budget?.currency ??
    job.hourlyMax?.currency ??
    job.hourlyMin?.currency ??
    previous?.bid?.amount.currency ??
    'USD'
  );
}

/**
 * The form as the whole content to save. A bid or Connects still being typed (not valid yet) is
 * left as it was saved, so the cover letter and answers are saved meanwhile.
 */
export function editOf(
  form: ContentForm,
  job: ProposalJob,
  previous: ProposalEdit | null,
): ProposalEdit {
  const value = form.getRawValue();
  const bidForm = form.controls.bid;
  const currency = bidCurrency(job, previous);
  let bid: ProposalEdit['bid'];
  const milestones = job.type === 'FIXED' ? value.bid.milestones : [];
  if (value.bid.amount.trim() === '' && milestones.length === 0) {
    bid = null;
  } else if (bidForm.valid && parseAmount(value.bid.amount) !== null) {
    bid = {
      type: job.type,
      amount: { amount: parseAmount(value.bid.amount) as string, currency },
      milestones: milestones.map((m) => ({
        description: m.description.trim(),
        dueDate: m.dueDate === '' ? null : m.dueDate,
        amount: { amount: parseAmount(m.amount) as string, currency },
      })),
    };
  } else {
    bid = previous?.bid ?? null;
  }
  const connectsText = value.connects.trim();
  const connects =
    connectsText === ''
      ? null
      : form.controls.connects.valid
        ? Number(connectsText)
        : (previous?.connects ?? null);
  return {
    coverLetter: value.coverLetter,
    answers: value.answers.map((a) => ({ position: a.position, answer: a.answer })),
    bid,
    estimatedDuration: value.estimatedDuration === '' ? null : value.estimatedDuration,
    connects,
  };
}

/** A server field path as the form names it (`bid.amount.amount` → `bid.amount`). */
export function formPath(field: string): string {
  let path = field.replace(/\[(\d+)\]/g, '.$1').replace(/\.amount\.(amount|currency)$/, '.amount');
  if (path === 'bid') {
    path = 'bid.amount';
  }
  return /^answers\.\d+$/.test(path) ? `${path}.answer` : path;
}

/** Puts the server's field errors on the form; returns those that found no field. */
export function applyContentErrors(form: ContentForm, problem: Problem): Problem['errors'] {
  return applyFieldErrors(form, {
    ...problem,
    errors: problem.errors.map((e) => ({ ...e, field: formPath(e.field) })),
  });
}
