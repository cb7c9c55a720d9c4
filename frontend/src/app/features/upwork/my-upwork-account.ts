import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  InjectionToken,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { ExternalNavigation } from './external-navigation';
import { LinkStateChip } from './link-state';
import { CurrencyOfPipe } from './money';
import { UpworkApi, UpworkLink, UpworkOrganization, UpworkProfile } from './upwork-api';

/** How long the page waits between asking for news while a profile import runs. */
export const SYNC_POLL_MS = new InjectionToken<number>('SYNC_POLL_MS', {
  factory: () => 1000,
});

/** The personal organization in the organization select. */
export const PERSONAL = '';

/**
 * The member's own Upwork link in this agency: link or re-link (through Upwork's consent page),
 * choose the organization to act in, import the profile (with its progress) and see what was
 * imported, or unlink.
 */
@Component({
  selector: 'cb-my-upwork-account',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorAlert,
    LinkStateChip,
    LocalizedDatePipe,
    CurrencyOfPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-upwork-account.html',
  styleUrl: './my-upwork-account.scss',
})
export class MyUpworkAccount implements OnInit {
  private readonly api = inject(UpworkApi);
  private readonly navigation = inject(ExternalNavigation);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(Session);
  protected readonly language = inject(Language);

  protected readonly link = signal<UpworkLink | null>(null);
  protected readonly profile = signal<UpworkProfile | null>(null);
  protected readonly organizations = signal<readonly UpworkOrganization[] | null>(null);
  protected readonly chosenOrganization = signal<string>(PERSONAL);
  protected readonly error = signal<Message | null>(null);
  protected readonly organizationError = signal<Message | null>(null);
  protected readonly busy = signal(false);
  protected readonly personal = PERSONAL;

  /** Viewers see their link but act at Upwork through nobody. */
  protected readonly canAct = computed(() => {
    const role = this.session.role();
    return role !== null && role !== 'VIEWER';
  });
  protected readonly linked = computed(() => this.link()?.state === 'LINKED');
  protected readonly syncing = computed(() => this.link()?.profileSync.state === 'RUNNING');
  protected readonly organizationChanged = computed(
    () => this.chosenOrganization() !== (this.link()?.organization?.id ?? PERSONAL),
  );

  private readonly pollDelay = inject(SYNC_POLL_MS);
  private poll: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  ngOnInit(): void {
    this.load();
  }

  /** Reads the link again; an error already shown stays until the next action. */
  protected load(): void {
    this.api.myLink().subscribe({
      next: (link) => this.show(link),
      error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
    });
  }

  /** Off to Upwork's consent page; Upwork sends the browser back to the callback page. */
  protected startLink(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.startLink().subscribe({
      next: ({ authorizationUrl }) => this.navigation.go(authorizationUrl),
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
  }

  protected unlink(): void {
    const link = this.link();
    if (!link) {
      return;
    }
    const account = link.upworkUserName ?? link.upworkUserId ?? '';
    this.confirmation
      .ask({
        title: this.t('upwork.account.unlink.title', { account }),
        message: this.t('upwork.account.unlink.message', { account }),
        confirmLabel: this.t('upwork.account.unlink.confirm'),
        cancelLabel: this.t('common.cancel'),
        destructive: true,
      })
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.busy.set(true);
          return this.api.unlink();
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.notifier.success('upwork.account.unlink.done', { account });
          this.load();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected loadOrganizations(): void {
    this.organizationError.set(null);
    this.api.organizations().subscribe({
      next: (page) => this.organizations.set(page.items),
      error: (error: unknown) => this.organizationError.set(problemMessage(toProblem(error))),
    });
  }

  protected saveOrganization(): void {
    const link = this.link();
    if (!link) {
      return;
    }
    const id = this.chosenOrganization() === PERSONAL ? null : this.chosenOrganization();
    this.busy.set(true);
    this.organizationError.set(null);
    this.api.chooseOrganization(id, link.version).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.show(updated);
        this.notifier.success('upwork.account.organization.saved', {
          name: updated.organization?.name ?? this.t('upwork.account.organization.personal'),
        });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toProblem(error);
        this.organizationError.set(
          hasProblemType(problem, 'stale-version')
            ? keyMessage('upwork.account.organization.stale')
            : problemMessage(problem),
        );
        this.load();
      },
    });
  }

  protected sync(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.syncProfile().subscribe({
      next: (link) => {
        this.busy.set(false);
        this.show(link);
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Upwork's organization types we have words for; others show as Upwork names them. */
  protected organizationType(organization: UpworkOrganization): string | null {
    if (!organization.type) {
      return null;
    }
    const key = `upwork.account.organization.types.${organization.type}`;
    const text = this.t(key);
    return text === key ? organization.type : text;
  }

  private show(link: UpworkLink): void {
    const wasSyncing = this.syncing();
    this.link.set(link);
    this.chosenOrganization.set(link.organization?.id ?? PERSONAL);
    if (link.profileSync.state === 'RUNNING') {
      this.schedulePoll();
    } else {
      this.stopPolling();
      if (wasSyncing || this.profile() === null) {
        this.loadProfile();
      }
      if (wasSyncing && link.profileSync.state === 'SUCCEEDED') {
        this.notifier.success('upwork.account.sync.done');
      }
    }
    if (link.state === 'LINKED' && this.canAct() && this.organizations() === null) {
      this.loadOrganizations();
    }
  }

  private loadProfile(): void {
    if (this.link()?.state === 'NEVER_LINKED') {
      return;
    }
    this.api.profile().subscribe({
      next: (profile) => this.profile.set(profile),
      error: (error: unknown) => {
        const problem = toProblem(error);
        if (problem.status !== 404) {
          this.error.set(problemMessage(problem));
        }
      },
    });
  }

  private schedulePoll(): void {
    this.stopPolling();
    this.poll = setTimeout(() => {
      this.poll = null;
      this.api.myLink().subscribe({
        next: (link) => this.show(link),
        error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
      });
    }, this.pollDelay);
  }

  private stopPolling(): void {
    if (this.poll !== null) {
      clearTimeout(this.poll);
      this.poll = null;
    }
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.error.set(problemMessage(toProblem(error)));
    this.load();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
