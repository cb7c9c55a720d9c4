import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { Language } from '../../core/i18n/language';
import { FieldError } from '../../shared/forms/field-error';
import { COMMON_CURRENCIES } from '../agency/reference-data';
import { Member } from '../team/team-api';
import { APPROVER_ROLES, ApproverRole, RULE_KINDS } from './approval-policy-api';
import { RuleForm } from './rule-form';

/** A person the rule can name: current members who may approve, and ids no longer in the team. */
export interface ApproverOption {
  readonly userId: string;
  readonly label: string;
  readonly former: boolean;
}

/** The fields of one rule: what it looks at, who approves, how many approvals it takes. */
@Component({
  selector: 'cb-rule-editor',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.html',
  styleUrl: './rule-editor.scss',
})
export class RuleEditor {
  readonly form = input.required<RuleForm>();
  readonly members = input.required<readonly Member[]>();
  /** Unique within the page, for ids and test ids. */
  readonly index = input.required<number>();

  protected readonly language = inject(Language);
  protected readonly kinds = RULE_KINDS;
  protected readonly roles = APPROVER_ROLES;
  protected readonly currencies = COMMON_CURRENCIES;
  protected readonly separators = [ENTER, COMMA] as const;

  /** Members who may approve (viewers never do), plus named people who left the agency. */
  protected readonly people = computed<ApproverOption[]>(() => {
    const current = this.members()
      .filter((m) => m.role !== 'VIEWER')
      .map((m) => ({ userId: m.userId, label: m.displayName || m.email, former: false }));
    const known = new Set(current.map((p) => p.userId));
    const former = this.form()
      .controls.approvers.controls.userIds.value.filter((id) => !known.has(id))
      .map((id) => ({ userId: id, label: '', former: true }));
    return [...current, ...former];
  });

  protected hasRole(role: ApproverRole): boolean {
    return this.form().controls.approvers.controls.roles.value.includes(role);
  }

  protected toggleRole(role: ApproverRole, event: MatCheckboxChange): void {
    const control = this.form().controls.approvers.controls.roles;
    const others = control.value.filter((r) => r !== role);
    control.setValue(event.checked ? [...others, role] : others);
    control.markAsDirty();
    this.form().controls.approvers.markAsTouched();
  }

  protected addCategory(event: MatChipInputEvent): void {
    const name = event.value.trim();
    const control = this.form().controls.categories;
    const exists = control.value.some((c) => c.toLowerCase() === name.toLowerCase());
    if (name && !exists) {
      control.setValue([...control.value, name]);
      control.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected removeCategory(name: string): void {
    const control = this.form().controls.categories;
    control.setValue(control.value.filter((c) => c !== name));
    control.markAsDirty();
    control.markAsTouched();
  }

  /**
   * What to say under the approver choice: the server's message (about the choice or a role), or
   * that someone must be chosen; null when all is well or untouched.
   */
  protected approversProblem(): { server: string } | { required: true } | null {
    const group = this.form().controls.approvers;
    if (!group.touched) {
      return null;
    }
    const server =
      (group.errors?.['server'] as string | undefined) ??
      (group.controls.roles.errors?.['server'] as string | undefined);
    if (server) {
      return { server };
    }
    return group.errors?.['approversRequired'] ? { required: true } : null;
  }
}
