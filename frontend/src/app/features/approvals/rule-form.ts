import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { FieldError, Problem } from '../../core/http/problem-details';
import { ApprovalRule, RuleKind } from './approval-policy-api';

export const MAX_RULE_NAME = 100;
export const AMOUNT_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;

export type RuleForm = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  enabled: FormControl<boolean>;
  kind: FormControl<RuleKind>;
  minimumBid: FormGroup<{ amount: FormControl<string>; currency: FormControl<string> }>;
  minimumConnects: FormControl<number | null>;
  firstProposals: FormControl<number | null>;
  categories: FormControl<string[]>;
  approvers: FormGroup<{ roles: FormControl<string[]>; userIds: FormControl<string[]> }>;
  approvalsNeeded: FormControl<number | null>;
}>;

export type PolicyForm = FormGroup<{ rules: FormArray<RuleForm> }>;

/** What a new rule starts as: every proposal, one approval from an owner or a manager. */
export function newRule(currency: string): ApprovalRule {
  return {
    id: null,
    name: '',
    enabled: true,
    kind: 'ALWAYS',
    minimumBid: { amount: '', currency },
    minimumConnects: null,
    firstProposals: null,
    categories: [],
    approvers: { roles: ['OWNER', 'MANAGER'], userIds: [] },
    approvalsNeeded: 1,
  };
}

export function policyForm(rules: readonly ApprovalRule[], currency: string): PolicyForm {
  return new FormGroup({
    rules: new FormArray(rules.map((rule) => ruleForm(rule, currency))),
  });
}

/** A rule's form; the parameters of the other kinds are kept but neither checked nor sent. */
export function ruleForm(rule: ApprovalRule, currency: string): RuleForm {
  const form: RuleForm = new FormGroup({
    id: new FormControl<string | null>(rule.id),
    name: new FormControl(rule.name, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(MAX_RULE_NAME), notBlank],
    }),
    enabled: new FormControl(rule.enabled, { nonNullable: true }),
    kind: new FormControl<RuleKind>(rule.kind, { nonNullable: true }),
    minimumBid: new FormGroup({
      amount: new FormControl(rule.minimumBid?.amount ?? '', {
        nonNullable: true,
        validators: forKind('BID_AT_LEAST', Validators.required, amount),
      }),
      currency: new FormControl(rule.minimumBid?.currency ?? currency, {
        nonNullable: true,
        validators: forKind('BID_AT_LEAST', Validators.required),
      }),
    }),
    minimumConnects: new FormControl<number | null>(rule.minimumConnects, {
      validators: forKind('CONNECTS_AT_LEAST', Validators.required, Validators.min(1)),
    }),
    firstProposals: new FormControl<number | null>(rule.firstProposals, {
      validators: forKind('FIRST_PROPOSALS', Validators.required, Validators.min(1)),
    }),
    categories: new FormControl<string[]>([...(rule.categories ?? [])], {
      nonNullable: true,
      validators: forKind('CATEGORIES', nonEmptyList),
    }),
    approvers: new FormGroup(
      {
        roles: new FormControl<string[]>([...rule.approvers.roles], { nonNullable: true }),
        userIds: new FormControl<string[]>([...rule.approvers.userIds], { nonNullable: true }),
      },
      { validators: someApprover },
    ),
    approvalsNeeded: new FormControl<number | null>(rule.approvalsNeeded, {
      validators: [Validators.required, Validators.min(1), Validators.max(20)],
    }),
  });
  // The kind decides which parameters are checked: check them now (their validators could not see
  // the kind while the form was being built) and whenever it changes.
  const c = form.controls;
  const parameters = [
    c.minimumBid.controls.amount,
    c.minimumBid.controls.currency,
    c.minimumConnects,
    c.firstProposals,
    c.categories,
  ];
  const recheck = () =>
    parameters.forEach((control) => control.updateValueAndValidity({ emitEvent: false }));
  c.kind.valueChanges.subscribe(recheck);
  recheck();
  return form;
}

/** The rule as the API takes it: only the parameter of its kind. */
export function ruleValue(form: RuleForm): ApprovalRule {
  const v = form.getRawValue();
  return {
    id: v.id,
    name: v.name.trim(),
    enabled: v.enabled,
    kind: v.kind,
    minimumBid:
      v.kind === 'BID_AT_LEAST'
        ? { amount: v.minimumBid.amount.trim(), currency: v.minimumBid.currency }
        : null,
    minimumConnects: v.kind === 'CONNECTS_AT_LEAST' ? v.minimumConnects : null,
    firstProposals: v.kind === 'FIRST_PROPOSALS' ? v.firstProposals : null,
    categories: v.kind === 'CATEGORIES' ? v.categories : null,
    approvers: { roles: v.approvers.roles, userIds: v.approvers.userIds },
    approvalsNeeded: v.approvalsNeeded,
  };
}

export function policyValue(form: PolicyForm): ApprovalRule[] {
  return form.controls.rules.controls.map(ruleValue);
}

/** Moves a rule within the list; the form counts it as an edit. */
export function moveRule(form: PolicyForm, from: number, to: number): void {
  const rules = form.controls.rules;
  if (from === to || to < 0 || to >= rules.length) {
    return;
  }
  const rule = rules.at(from);
  rules.removeAt(from, { emitEvent: false });
  rules.insert(to, rule);
  rules.markAsDirty();
}

/**
 * Puts the server's field errors (`rules[2].minimumBid.amount`) on the closest control of the path
 * (`rules[0].approvers.userIds[1]` lands on the approvers), shown inline until edited. Returns the
 * indexes of the rules with errors, and the errors that fit no rule.
 */
export function applyRuleErrors(
  form: PolicyForm,
  problem: Problem,
): { rules: Set<number>; unmatched: FieldError[] } {
  const rules = new Set<number>();
  const unmatched: FieldError[] = [];
  for (const error of problem.errors) {
    const path = error.field.replace(/\[(\d+)\]/g, '.$1').split('.');
    const control = closest(form, path);
    const index = path[0] === 'rules' ? Number(path[1]) : NaN;
    if (!control || control === form || control === form.controls.rules) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: error.message });
    control.markAsTouched();
    if (Number.isInteger(index)) {
      rules.add(index);
    }
  }
  return { rules, unmatched };
}

function closest(form: AbstractControl, path: string[]): AbstractControl | null {
  for (let length = path.length; length > 0; length--) {
    const control = form.get(path.slice(0, length));
    if (control) {
      return control;
    }
  }
  return null;
}

/** Checks a parameter only while the rule is of its kind. */
function forKind(kind: RuleKind, ...validators: ValidatorFn[]): ValidatorFn {
  const all = Validators.compose(validators);
  return (control) => {
    const rule = control.parent?.parent?.get('kind') ?? control.parent?.get('kind');
    return rule?.value === kind && all ? all(control) : null;
  };
}

function amount(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (value === '') {
    return null;
  }
  return AMOUNT_PATTERN.test(value) && Number(value) > 0 ? null : { amount: true };
}

function notBlank(control: AbstractControl): ValidationErrors | null {
  const value = control.value as string | null;
  return value && value.trim() === '' ? { required: true } : null;
}

function nonEmptyList(control: AbstractControl): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };
}

function someApprover(group: AbstractControl): ValidationErrors | null {
  const roles = (group.get('roles')?.value as string[] | undefined) ?? [];
  const people = (group.get('userIds')?.value as string[] | undefined) ?? [];
  return roles.length + people.length > 0 ? null : { approversRequired: true };
}
