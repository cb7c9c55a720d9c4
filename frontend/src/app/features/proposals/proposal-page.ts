import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable, catchError, filter, from, of, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Problem, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { HasUnsavedChanges } from '../../shared/unsaved-changes';
import { Versioned } from '../agency/agency-api';
import { JobDetail, JobsApi } from '../jobs/jobs-api';
import { ApprovalSummary } from './approval-summary';
import { CollisionWarning } from './collision-warning';
import { CommentThread } from './comment-thread';
import { DecisionPanel } from './decision-panel';
import { JobPanel } from './job-panel';
import { MarkSentDialog, MarkSentResult, OutcomeDialog, OutcomeResult } from './proposal-dialogs';
import { ProposalContent } from './proposal-content';
import { ProposalEditor } from './proposal-editor';
import { ProposalHistory } from './proposal-history';
import { ProposalSession, UnsavedContent } from './proposal-session';
import { ProposalStateChip } from './proposal-state';
import { ProposalUpdates } from './proposal-updates';
import { ProposalDetail, ProposalsApi } from './proposals-api';

/** The text the member pastes into Upwork: the cover letter, then each question and answer. */
export function clipboardText(proposal: ProposalDetail): string {
  const answers = proposal.answers.map((a) => `${a.question}\n${a.answer}`);
  return [proposal.coverLetter, ...answers].join('\n\n');
}

/**
 * One proposal beside its job. Its author writes and submits it, sends it (through Upwork's API,
 * or by hand: copy, open the job on Upwork, mark sent), withdraws or discards it; approvers decide
 * on it; everyone who may read it sees the rule that applies, the thread and the history. Live
 * notifications about it reload it without touching what the member is typing.
 */
@Component({
  selector: 'cb-proposal-page',
  imports: [
    ApprovalSummary,
    CollisionWarning,
    CommentThread,
    DecisionPanel,
    ErrorAlert,
    JobPanel,
    LocalizedDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MessageText,
    ProposalContent,
    ProposalEditor,
    ProposalHistory,
    ProposalStateChip,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [ProposalSession],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-page.html',
  styleUrl: './proposal-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class ProposalPage implements HasUnsavedChanges {
  protected readonly session = inject(ProposalSession);
  private readonly api = inject(ProposalsApi);
  private readonly jobs = inject(JobsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly currentUser = inject(Session).user;
  protected readonly language = inject(Language);

  /** From the route (`/proposals/:proposalId`, `/approvals/:proposalId`). */
  readonly proposalId = input.required<string>();
  /** `approvals` when opened from the approval queue (the way back leads there). */
  readonly from = input<string | undefined>(undefined);

  private readonly editor = viewChild(ProposalEditor);
  protected readonly proposal = this.session.proposal;
  protected readonly jobDetail = signal<JobDetail | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly actionError = signal<Message | null>(null);
  protected readonly sendProblem = signal<Problem | null>(null);
  protected readonly threadRevision = signal(0);
  protected readonly copied = signal(false);

  /** The signed-in member wrote the proposal. */
  protected readonly own = computed(() => this.proposal()?.author.id === this.currentUser()?.id);
  protected readonly backLink = computed(() =>
    this.from() === 'approvals' ? '/approvals' : '/proposals',
  );
  protected readonly notFound = computed(() => this.session.problem()?.status === 404);
  protected readonly loadError = computed(() => {
    const problem = this.session.problem();
    return problem && problem.status !== 404 ? problemMessage(problem) : null;
  });
  /** The last request for changes of this round, to show the author what to change. */
  protected readonly changesRequested = computed(() => {
    const p = this.proposal();
    if (p?.state !== 'CHANGES_REQUESTED' || !p.approval) {
      return null;
    }
    return (
      [...p.approval.decisions].reverse().find((d) => d.decision === 'REQUEST_CHANGES') ?? null
    );
  });
  /** Why sending failed, and what to do now (the proposal stays approved unless it is unknown). */
  protected readonly sendMessage = computed(() => {
    const problem = this.sendProblem();
    if (!problem) {
      return null;
    }
    const detail = problemMessage(problem);
    const detailText =
      detail.key !== undefined ? this.transloco.translate(detail.key, detail.params) : detail.text;
    for (const kind of [
      'submission-not-permitted',
      'send-outcome-unknown',
      'upwork-not-linked',
      'upwork-relink-required',
    ]) {
      if (hasProblemType(problem, kind)) {
        return keyMessage(`proposals.send.${kind}`, { detail: detailText });
      }
    }
    return keyMessage('proposals.send.failed', { detail: detailText });
  });
  protected readonly sendNeedsLink = computed(() => {
    const p = this.sendProblem();
    return (
      !!p && (hasProblemType(p, 'upwork-not-linked') || hasProblemType(p, 'upwork-relink-required'))
    );
  });
  protected readonly canSendViaApi = computed(() => {
    const p = this.proposal();
    return !!p && this.session.may('SEND') && p.sending.apiSubmission === 'AVAILABLE';
  });
  /** The author chose to edit the approved proposal (after the warning); reset per proposal. */
  private readonly editingApproved = signal(false);
  /**
   * The editor shows where the author may edit, except for an approved proposal: that one is shown
   * as approved until the author explicitly asks to edit it, so no keystroke (and no autosave)
   * reopens its approval unawares.
   */
  protected readonly showEditor = computed(
    () =>
      this.session.may('EDIT') && (this.proposal()?.state !== 'APPROVED' || this.editingApproved()),
  );
  /** The approved proposal's explicit way into the editor. */
  protected readonly offerEditApproved = computed(
    () => this.session.may('EDIT') && this.proposal()?.state === 'APPROVED' && !this.showEditor(),
  );
  protected readonly manualPath = computed(() => {
    const p = this.proposal();
    return !!p && p.state === 'APPROVED' && this.session.may('MARK_SENT');
  });

  constructor() {
    effect(() => {
      const id = this.proposalId();
      untracked(() => {
        this.editingApproved.set(false);
        this.session.load(id);
      });
    });
    let jobId: string | null = null;
    effect(() => {
      const id = this.proposal()?.job.id ?? null;
      if (id && id !== jobId) {
        jobId = id;
        untracked(() =>
          this.jobs
            .detail(id)
            .pipe(
              catchError(() => of(null)),
              takeUntilDestroyed(this.destroyRef),
            )
            .subscribe((job) => this.jobDetail.set(job)),
        );
      }
    });
    // An edit of the approved proposal that the policy sends back for approval: say so at once.
    // Once it is approved again, it is locked again: the next edit needs the warning again too.
    let shownState: string | null = null;
    effect(() => {
      const state = this.proposal()?.state ?? null;
      if (shownState === 'APPROVED' && state === 'PENDING_APPROVAL' && this.editingApproved()) {
        untracked(() => this.notifier.success('proposals.editApproved.reopened'));
      }
      if (state === 'APPROVED' && shownState !== 'APPROVED') {
        untracked(() => this.editingApproved.set(false));
      }
      shownState = state;
    });
    inject(ProposalUpdates)
      .changes.pipe(
        filter((change) => change.proposalId === this.proposalId()),
        // A step signalled with the version shown already is this page's own (an autosave, a
        // click). A comment leaves the version as it is: it always reloads the thread.
        filter(
          (change) =>
            change.kind === 'comment' ||
            change.version === null ||
            change.version > (this.proposal()?.version ?? -1),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((change) => (change.kind === 'comment' ? this.reloadThread() : this.reloadAll()));
  }

  hasUnsavedChanges(): boolean {
    return this.session.autosave.unsaved();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  protected retryLoad(): void {
    this.session.load(this.proposalId());
  }

  protected submit(): void {
    this.run(
      'submit',
      (id, etag) => this.api.submitForApproval(id, etag),
      (p) => {
        if (p.approval?.autoApproved || p.state === 'APPROVED') {
          this.notifier.success('proposals.submitted.auto');
        } else {
          this.notifier.success('proposals.submitted.pending', {
            rule: p.approval?.rule?.name ?? '',
            needed: p.approval?.approvalsNeeded ?? 1,
          });
        }
      },
    );
  }

  /** Sends through Upwork after a confirmation naming the job; a new key for every attempt. */
  protected send(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.ask('send', p, false)
      .pipe(filter(Boolean))
      .subscribe(() => {
        const key = crypto.randomUUID();
        this.sendProblem.set(null);
        this.run(
          'send',
          (id, etag) => this.api.send(id, etag, key),
          () => this.notifier.success('proposals.sent.api', { title: p.job.title }),
          (problem) => {
            this.sendProblem.set(problem);
            this.session.refresh().subscribe({ error: () => undefined });
          },
        );
      });
  }

  /** The manual path, step 1: the cover letter and answers, ready to paste into Upwork. */
  protected copyForUpwork(): void {
    from(this.session.autosave.settled()).subscribe(() => {
      const p = this.proposal();
      if (p && this.clipboard.copy(clipboardText(p))) {
        this.copied.set(true);
        this.notifier.success('proposals.manual.copied');
      }
    });
  }

  /** Opens the approved proposal in the editor once the author read what editing may do. */
  protected editApproved(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    const rule = p.approval?.rule?.name;
    this.confirmation
      .ask({
        title: this.transloco.translate('proposals.editApproved.title', { title: p.job.title }),
        message: rule
          ? this.transloco.translate('proposals.editApproved.messageRule', { rule })
          : this.transloco.translate('proposals.editApproved.message'),
        confirmLabel: this.transloco.translate('proposals.editApproved.confirm'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: false,
      })
      .pipe(filter(Boolean))
      .subscribe(() => this.editingApproved.set(true));
  }

  protected markSent(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.dialog
      .open<MarkSentDialog, { jobTitle: string }, MarkSentResult>(MarkSentDialog, {
        data: { jobTitle: p.job.title },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((r): r is MarkSentResult => !!r))
      .subscribe((result) =>
        this.run(
          'markSent',
          (id, etag) => this.api.markSent(id, result.upworkProposalId, result.note, etag),
          () => this.notifier.success('proposals.sent.manual', { title: p.job.title }),
        ),
      );
  }

  protected markNotSent(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.ask('markNotSent', p, false)
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.run(
          'markNotSent',
          (id, etag) => this.api.markNotSent(id, '', etag),
          () => this.notifier.success('proposals.actions.markedNotSent'),
        ),
      );
  }

  protected checkUpwork(): void {
    const p = this.proposal();
    if (!p || this.busy()) {
      return;
    }
    this.busy.set('checkUpwork');
    this.actionError.set(null);
    this.api.checkUpwork(p.id).subscribe({
      next: (answer) => {
        this.busy.set(null);
        this.session.accept(answer);
        this.notifier.success('proposals.actions.checked', {
          state: this.transloco.translate(`proposals.states.${answer.value.state}`),
        });
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected withdraw(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.ask('withdraw', p, true)
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.run(
          'withdraw',
          (id, etag) => this.api.withdraw(id, '', etag),
          () => this.notifier.success('proposals.actions.withdrawn', { title: p.job.title }),
        ),
      );
  }

  protected discard(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.ask('discard', p, true)
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set('discard');
          return from(this.session.autosave.settled());
        }),
        switchMap(() => {
          const etag = this.session.version();
          return etag ? this.api.discard(p.id, etag) : of(undefined);
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.session.autosave.reset();
          this.notifier.success('proposals.actions.discarded', { title: p.job.title });
          void this.router.navigateByUrl('/proposals');
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected correctOutcome(): void {
    const p = this.proposal();
    if (!p) {
      return;
    }
    this.dialog
      .open<OutcomeDialog, { jobTitle: string; current: ProposalDetail['state'] }, OutcomeResult>(
        OutcomeDialog,
        { data: { jobTitle: p.job.title, current: p.state }, width: '480px', maxWidth: '95vw' },
      )
      .afterClosed()
      .pipe(filter((r): r is OutcomeResult => !!r))
      .subscribe((result) =>
        this.run(
          'outcome',
          (id, etag) => this.api.correctOutcome(id, result.outcome, result.note, etag),
          () =>
            this.notifier.success('proposals.outcome.saved', {
              state: this.transloco.translate(`proposals.states.${result.outcome}`),
            }),
        ),
      );
  }

  protected afterDecision(): void {
    this.reloadThread();
  }

  private reloadAll(): void {
    this.session.refresh().subscribe({ error: () => undefined });
    this.reloadThread();
  }

  private reloadThread(): void {
    this.threadRevision.update((n) => n + 1);
  }

  /** Confirms an action in a dialog that names the job. */
  private ask(action: string, p: ProposalDetail, destructive: boolean): Observable<boolean> {
    const t = (key: string) =>
      this.transloco.translate(`proposals.confirm.${action}.${key}`, { title: p.job.title });
    return this.confirmation.ask({
      title: t('title'),
      message: t('message'),
      confirmLabel: t('confirm'),
      cancelLabel: this.transloco.translate('common.cancel'),
      destructive,
    });
  }

  private run(
    name: string,
    request: (id: string, etag: string) => Observable<Versioned<ProposalDetail>>,
    done: (proposal: ProposalDetail) => void,
    refused?: (problem: Problem) => void,
  ): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(name);
    this.actionError.set(null);
    this.session.act(request).subscribe({
      next: (proposal) => {
        this.busy.set(null);
        this.reloadThread();
        done(proposal);
      },
      error: (error: unknown) => {
        if (refused && !(error instanceof UnsavedContent)) {
          this.busy.set(null);
          refused(toProblem(error));
          return;
        }
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    if (error instanceof UnsavedContent) {
      this.actionError.set(keyMessage('proposals.actions.unsaved'));
      return;
    }
    const problem = toProblem(error);
    if (hasProblemType(problem, 'proposal-incomplete')) {
      this.editor()?.showProblem(problem);
      this.actionError.set(keyMessage('proposals.actions.incomplete'));
      return;
    }
    if (
      problem.status === 412 ||
      hasProblemType(problem, 'proposal-state') ||
      hasProblemType(problem, 'approval-state')
    ) {
      this.actionError.set(keyMessage('proposals.actions.changedMeanwhile'));
      this.reloadAll();
      return;
    }
    this.actionError.set(problemMessage(problem));
  }
}
