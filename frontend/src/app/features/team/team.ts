import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable, defaultIfEmpty, filter, of, switchMap, tap } from 'rxjs';
import { AgencyRole, Session } from '../../core/auth/session';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { InviteDialog, InviteDialogData } from './invite-dialog';
import { Invitation, Member, ROLES, TeamApi } from './team-api';
import { ErrorAlert } from '../../shared/error-alert';

const CANCELLED = Symbol('cancelled');

/** The agency's people: roles, removal and leaving; invitations for owners and managers. */
@Component({
  selector: 'cb-team',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team.html',
  styleUrl: './team.scss',
})
export class Team implements OnInit {
  private readonly api = inject(TeamApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  protected readonly session = inject(Session);
  protected readonly language = inject(Language);

  protected readonly memberColumns = ['name', 'email', 'role', 'joinedAt', 'mfa', 'actions'];
  protected readonly invitationColumns = ['email', 'role', 'status', 'expiresAt', 'actions'];
  protected readonly canManage = this.session.canManageAgency;
  protected readonly isOwner = computed(() => this.session.role() === 'OWNER');
  /** Owners give any role; managers everything but owner. */
  protected readonly assignableRoles = computed(() =>
    this.isOwner() ? ROLES : ROLES.filter((r) => r !== 'OWNER'),
  );

  protected readonly loading = signal(true);
  protected readonly members = signal<readonly Member[]>([]);
  protected readonly invitations = signal<readonly Invitation[]>([]);
  protected readonly error = signal<Message | null>(null);
  /** The member or invitation whose change is under way. */
  protected readonly busyId = signal<string | null>(null);

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.api.members().subscribe({
      next: (page) => {
        this.members.set(page.items);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(problemMessage(toProblem(error)));
      },
    });
    if (this.canManage()) {
      this.api.invitations().subscribe({
        next: (page) => this.invitations.set(page.items),
        error: (error: unknown) => this.error.set(problemMessage(toProblem(error))),
      });
    }
  }

  protected isSelf(member: Member): boolean {
    return member.userId === this.session.user()?.id;
  }

  /** Owners manage everyone; managers manage everyone but owners; nobody edits themselves here. */
  protected canEdit(member: Member): boolean {
    if (this.isSelf(member) || !this.canManage()) {
      return false;
    }
    return this.isOwner() || member.role !== 'OWNER';
  }

  protected changeRole(member: Member, role: AgencyRole): void {
    if (role === member.role) {
      return;
    }
    const name = member.displayName || member.email;
    const ownership = role === 'OWNER' || member.role === 'OWNER';
    const confirmed: Observable<boolean> = ownership
      ? this.confirmation.ask({
          title: this.t(role === 'OWNER' ? 'team.grantOwner.title' : 'team.revokeOwner.title', {
            name,
          }),
          message: this.t(
            role === 'OWNER' ? 'team.grantOwner.message' : 'team.revokeOwner.message',
            { name, role: this.t(`roles.${role}`) },
          ),
          confirmLabel: this.t('team.changeRoleConfirm'),
          cancelLabel: this.t('common.cancel'),
        })
      : of(true);
    this.run(
      member.userId,
      confirmed.pipe(
        filter((yes) => yes),
        switchMap(() => this.api.changeRole(member.userId, role)),
      ),
      () => this.notifier.success('team.roleChanged', { name, role: this.t(`roles.${role}`) }),
    );
  }

  protected remove(member: Member): void {
    const name = member.displayName || member.email;
    this.run(
      member.userId,
      this.confirmation
        .ask({
          title: this.t('team.remove.title', { name }),
          message: this.t('team.remove.message', { name }),
          confirmLabel: this.t('team.remove.confirm'),
          cancelLabel: this.t('common.cancel'),
          destructive: true,
        })
        .pipe(
          filter((yes) => yes),
          switchMap(() => this.api.remove(member.userId)),
        ),
      () => this.notifier.success('team.remove.done', { name }),
    );
  }

  protected leave(): void {
    const user = this.session.user();
    const agency = this.session.agency();
    if (!user || !agency) {
      return;
    }
    this.confirmation
      .ask({
        title: this.t('team.leave.title', { agency: agency.name }),
        message: this.t('team.leave.message', { agency: agency.name }),
        confirmLabel: this.t('team.leave.confirm'),
        cancelLabel: this.t('common.cancel'),
        destructive: true,
      })
      .pipe(
        filter((yes) => yes),
        tap(() => this.busyId.set(user.id)),
        switchMap(() => this.api.remove(user.id)),
        switchMap(() => this.session.load()),
      )
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.notifier.success('team.leave.done', { agency: agency.name });
          void this.router.navigateByUrl(this.session.homeUrl());
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected openInvite(): void {
    this.dialog
      .open<InviteDialog, InviteDialogData, Invitation>(InviteDialog, {
        data: { roles: this.assignableRoles() },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((invitation): invitation is Invitation => !!invitation))
      .subscribe((invitation) => {
        this.notifier.success('team.invite.sent', { email: invitation.email });
        this.reload();
      });
  }

  protected revoke(invitation: Invitation): void {
    this.run(
      invitation.id,
      this.confirmation
        .ask({
          title: this.t('team.revoke.title', { email: invitation.email }),
          message: this.t('team.revoke.message', { email: invitation.email }),
          confirmLabel: this.t('team.revoke.confirm'),
          cancelLabel: this.t('common.cancel'),
          destructive: true,
        })
        .pipe(
          filter((yes) => yes),
          switchMap(() => this.api.revoke(invitation.id)),
        ),
      () => this.notifier.success('team.revoke.done', { email: invitation.email }),
    );
  }

  /**
   * Runs a change for one row once confirmed, then reloads (which also puts a select back when the
   * user said no); failures show above the table.
   */
  private run(id: string, change: Observable<unknown>, done: () => void): void {
    this.error.set(null);
    this.busyId.set(id);
    change.pipe(defaultIfEmpty(CANCELLED)).subscribe({
      next: (result) => {
        this.busyId.set(null);
        if (result !== CANCELLED) {
          done();
        }
        this.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.busyId.set(null);
    const problem = toProblem(error);
    this.error.set(
      hasProblemType(problem, 'last-owner')
        ? keyMessage('team.lastOwner')
        : problemMessage(problem),
    );
    this.reload();
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }
}
