import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, textMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { HasUnsavedChanges } from '../../shared/unsaved-changes';
import { Member, TeamApi } from '../team/team-api';
import { ApprovalPolicy, ApprovalPolicyApi, ApprovalRule } from './approval-policy-api';
import { PolicyPreview } from './policy-preview';
import { RuleEditor } from './rule-editor';
import {
  PolicyForm,
  RuleForm,
  applyRuleErrors,
  moveRule,
  newRule,
  policyForm,
  policyValue,
  ruleForm,
  ruleValue,
} from './rule-form';
import { RuleSummary } from './rule-summary';

const DEFAULT_CURRENCY = 'USD';

/**
 * The agency's approval policy: an ordered list of rules, the first enabled match deciding who
 * approves a proposal. Owners edit it (reorder by dragging or with the move buttons, add, edit,
 * delete, switch rules off) and save it as a whole; managers read it and try it out.
 */
@Component({
  selector: 'cb-policy-editor',
  imports: [
    DragDropModule,
    ErrorAlert,
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTooltipModule,
    TranslocoPipe,
    LocalizedDatePipe,
    PolicyPreview,
    RuleEditor,
    RuleSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-editor.html',
  styleUrl: './policy-editor.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class PolicyEditor implements OnInit, HasUnsavedChanges {
  private readonly api = inject(ApprovalPolicyApi);
  private readonly team = inject(TeamApi);
  private readonly session = inject(Session);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(Language);

  protected readonly canEdit = computed(() => this.session.role() === 'OWNER');
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly policy = signal<ApprovalPolicy | null>(null);
  protected readonly members = signal<readonly Member[]>([]);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly saveError = signal<Message | null>(null);
  /** Someone else saved the policy after we loaded it (412). */
  protected readonly stale = signal(false);
  protected readonly form = signal<PolicyForm>(policyForm([], DEFAULT_CURRENCY));
  /** Rules whose fields are open. */
  protected readonly open = signal<ReadonlySet<RuleForm>>(new Set());
  private readonly structure = signal(0);
  private etag: string | null = null;

  /** The rules as edited, for the preview (read when it is asked). */
  protected readonly draftRules = (): readonly ApprovalRule[] | null =>
    this.canEdit() ? policyValue(this.form()) : null;

  ngOnInit(): void {
    this.load();
    this.team
      .members()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.members.set(page.items),
        // Without the team the rules still show; named approvers appear as former members.
        error: () => this.members.set([]),
      });
  }

  hasUnsavedChanges(): boolean {
    return this.canEdit() && this.form().dirty;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ value, etag }) => {
          this.show(value, etag);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loadError.set(problemMessage(toProblem(error)));
          this.loading.set(false);
        },
      });
  }

  /** Drops local edits and shows the policy as saved now (the way out of a 412). */
  protected reload(): void {
    this.form().markAsPristine();
    this.load();
  }

  protected discard(): void {
    const policy = this.policy();
    if (policy) {
      this.show(policy, this.etag ?? `"${policy.version}"`);
    }
  }

  protected rules(): RuleForm[] {
    this.structure();
    return this.form().controls.rules.controls;
  }

  /** Rules were added, removed or moved (form arrays are no signals; this tells the view). */
  private changedStructure(): void {
    this.structure.update((n) => n + 1);
  }

  protected isOpen(rule: RuleForm): boolean {
    return this.open().has(rule);
  }

  protected toggle(rule: RuleForm): void {
    const next = new Set(this.open());
    if (!next.delete(rule)) {
      next.add(rule);
    }
    this.open.set(next);
  }

  protected add(): void {
    const rule = ruleForm(newRule(DEFAULT_CURRENCY), DEFAULT_CURRENCY);
    const rules = this.form().controls.rules;
    rules.push(rule);
    rules.markAsDirty();
    this.changedStructure();
    this.open.set(new Set([...this.open(), rule]));
    const index = rules.length - 1;
    // Focus the new rule's name once it is rendered.
    setTimeout(() =>
      document.querySelector<HTMLInputElement>(`[data-testid="rule-name-${index}"]`)?.focus(),
    );
  }

  protected remove(rule: RuleForm): void {
    const name = this.nameOf(rule);
    this.confirmation
      .ask({
        title: this.t('approvals.delete.title'),
        message: this.t('approvals.delete.message', { name }),
        confirmLabel: this.t('approvals.delete.confirm'),
        cancelLabel: this.t('common.cancel'),
        destructive: true,
      })
      .pipe(filter(Boolean))
      .subscribe(() => {
        const rules = this.form().controls.rules;
        const index = rules.controls.indexOf(rule);
        if (index >= 0) {
          rules.removeAt(index);
          rules.markAsDirty();
          this.changedStructure();
          this.announcer.announce(this.t('approvals.deleted', { name }), 'polite');
        }
      });
  }

  protected move(index: number, by: number): void {
    const to = index + by;
    if (to < 0 || to >= this.rules().length) {
      return;
    }
    const rule = this.rules()[index];
    moveRule(this.form(), index, to);
    this.changedStructure();
    this.announceMove(rule, to);
    // Keep the focus on the same button of the moved rule, so repeated presses keep moving it.
    const button = by < 0 ? 'up' : 'down';
    setTimeout(() => {
      const target =
        document.querySelector<HTMLButtonElement>(`[data-testid="rule-move-${button}-${to}"]`) ??
        document.querySelector<HTMLButtonElement>(
          `[data-testid="rule-move-${by < 0 ? 'down' : 'up'}-${to}"]`,
        );
      target?.focus();
    });
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    if (!this.canEdit() || event.previousIndex === event.currentIndex) {
      return;
    }
    const rule = this.rules()[event.previousIndex];
    moveRule(this.form(), event.previousIndex, event.currentIndex);
    this.changedStructure();
    this.announceMove(rule, event.currentIndex);
  }

  protected save(): void {
    const form = this.form();
    if (this.saving() || !this.canEdit() || !this.etag) {
      return;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      this.open.set(new Set([...this.open(), ...this.rules().filter((r) => r.invalid)]));
      this.saveError.set({ key: 'approvals.fixErrors' });
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api
      .save(policyValue(form), this.etag)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ value, etag }) => {
          this.saving.set(false);
          this.show(value, etag);
          this.notifier.success('approvals.saved');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          if (problem.status === 412 || hasProblemType(problem, 'stale-version')) {
            this.stale.set(true);
            return;
          }
          this.showRuleErrors(problem);
        },
      });
  }

  /** Server problems with the rules, inline at their fields (also from the preview). */
  protected showRuleErrors(problem: Problem): void {
    const { rules, unmatched } = applyRuleErrors(this.form(), problem);
    const all = this.rules();
    this.open.set(new Set([...this.open(), ...[...rules].map((i) => all[i]).filter(Boolean)]));
    if (problem.errors.length > 0 && unmatched.length === 0) {
      this.saveError.set({ key: 'approvals.fixErrors' });
      return;
    }
    this.saveError.set(
      unmatched.length > 0
        ? textMessage(unmatched.map((e) => `${e.field}: ${e.message}`).join('\n'))
        : problemMessage(problem),
    );
  }

  protected nameOf(rule: RuleForm): string {
    return rule.controls.name.value.trim() || this.t('approvals.untitled');
  }

  protected summaryOf(rule: RuleForm): ApprovalRule {
    return ruleValue(rule);
  }

  private show(policy: ApprovalPolicy, etag: string): void {
    this.policy.set(policy);
    this.etag = etag;
    this.stale.set(false);
    this.saveError.set(null);
    this.open.set(new Set());
    const form = policyForm(policy.rules, DEFAULT_CURRENCY);
    if (!this.canEdit()) {
      form.disable();
    }
    this.form.set(form);
  }

  private announceMove(rule: RuleForm, to: number): void {
    this.announcer.announce(
      this.t('approvals.moved', {
        name: this.nameOf(rule),
        position: to + 1,
        count: this.rules().length,
      }),
      'polite',
    );
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
