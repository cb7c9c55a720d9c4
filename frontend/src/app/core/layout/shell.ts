import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  signal,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { Membership, Session } from '../auth/session';
import { toProblem } from '../http/problem-details';
import { Notifier } from '../notifications/notifier';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { LanguageMenu } from '../../shared/language-menu';
import { ThemeToggle } from '../../shared/theme-toggle';

interface NavItem {
  readonly path: string;
  readonly icon: string;
  readonly labelKey: string;
  readonly testId: string;
  readonly exact: boolean;
}

interface NavSection {
  readonly titleKey: string;
  readonly items: readonly NavItem[];
}

function item(
  path: string,
  icon: string,
  labelKey: string,
  testId: string,
  exact = false,
): NavItem {
  return { path, icon, labelKey, testId, exact };
}

/** Below this width the navigation becomes an overlay drawer. */
const COMPACT_LAYOUT = '(max-width: 959.98px)';

/** The signed-in frame: toolbar, navigation for the user's roles, and the page. */
@Component({
  selector: 'cb-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageMenu,
    ThemeToggle,
    NotificationBell,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly sidenav = viewChild.required<MatSidenav>('sidenav');

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly sections = computed<NavSection[]>(() => {
    // While MFA set-up is owed, nothing else is reachable: no navigation to show.
    if (this.session.mfaEnrollmentRequired()) {
      return [];
    }
    const sections: NavSection[] = [];
    const role = this.session.role();
    if (role) {
      const items: NavItem[] = [
        item('/agency', 'business', 'nav.agencyProfile', 'nav-agency', true),
      ];
      // Freelancers may be named approvers too; viewers never decide.
      if (role !== 'VIEWER') {
        items.push(item('/approvals', 'fact_check', 'nav.approvals', 'nav-approvals'));
      }
      items.push(
        item('/agency/team', 'group', 'nav.team', 'nav-team'),
        item('/templates', 'description', 'nav.templates', 'nav-templates'),
      );
      if (this.session.canManageAgency()) {
        items.push(item('/agency/policies', 'rule', 'nav.policies', 'nav-policies'));
      }
      if (role === 'OWNER') {
        items.push(item('/agency/security', 'shield', 'nav.agencySecurity', 'nav-agency-security'));
      }
      if (this.session.canManageAgency()) {
        items.push(
          item('/upwork/linked-accounts', 'link', 'nav.linkedAccounts', 'nav-linked-accounts'),
        );
        items.push(item('/agency/audit', 'history', 'nav.audit', 'nav-audit'));
      }
      sections.push({ titleKey: 'nav.agencySection', items });
      const workspace: NavItem[] = [item('/jobs', 'work', 'nav.jobs', 'nav-jobs', true)];
      // Freelancers see their own proposals; everyone else reads all of the agency's.
      const proposals = item(
        '/proposals',
        'send',
        role === 'FREELANCER' ? 'nav.proposals' : 'nav.allProposals',
        'nav-proposals',
      );
      if (role !== 'VIEWER') {
        workspace.push(
          item('/jobs/saved-searches', 'saved_search', 'nav.savedSearches', 'nav-saved-searches'),
          proposals,
          item('/jobs/favorites', 'star', 'nav.favorites', 'nav-favorites'),
          item('/upwork/account', 'badge', 'nav.upworkAccount', 'nav-upwork-account'),
        );
      } else {
        workspace.push(proposals);
      }
      sections.push({ titleKey: 'nav.workspaceSection', items: workspace });
    } else if (!this.session.isPlatformAdmin()) {
      sections.push({
        titleKey: 'nav.agencySection',
        items: [item('/onboarding', 'add_business', 'nav.onboarding', 'nav-onboarding')],
      });
    }
    sections.push({
      titleKey: 'nav.accountSection',
      items: [item('/security', 'lock', 'nav.security', 'nav-security', true)],
    });
    if (this.session.isPlatformAdmin()) {
      sections.push({
        titleKey: 'nav.consoleSection',
        items: [
          item('/admin/agencies', 'domain', 'nav.agencies', 'nav-admin-agencies'),
          item('/admin/users', 'manage_accounts', 'nav.users', 'nav-admin-users'),
          item('/admin/alerts', 'notification_important', 'nav.alerts', 'nav-admin-alerts'),
          item('/admin/audit', 'policy', 'nav.platformAudit', 'nav-admin-audit'),
        ],
      });
    }
    return sections;
  });

  /** Other agencies the user can switch to. */
  protected readonly otherAgencies = computed(() => {
    const current = this.session.agency()?.tenantId;
    return this.session.memberships().filter((m) => m.tenantId !== current);
  });

  protected switchAgency(membership: Membership): void {
    this.session.switchAgency(membership.tenantId).subscribe({
      next: () => {
        this.notifier.success('shell.switched', { name: membership.name });
        void this.router.navigateByUrl(this.session.homeUrl());
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected closeIfCompact(): void {
    if (this.compact()) {
      void this.sidenav().close();
    }
  }

  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }

  /**
   * The address is not confirmed yet (it came from Upwork): say so, and offer a new link. Upwork
   * accounts without an e-mail get a placeholder address that can never be confirmed: no banner.
   */
  protected readonly unverifiedEmail = computed(() => {
    const user = this.session.user();
    return user && !user.emailVerified && !user.email.endsWith('.invalid') ? user.email : null;
  });
  protected readonly verificationSent = signal(false);

  protected resendVerification(): void {
    this.session.sendVerificationEmail().subscribe({
      next: () => {
        this.verificationSent.set(true);
        this.notifier.success('shell.verifyEmailSent', { email: this.unverifiedEmail() });
      },
      error: (error: unknown) => this.notifier.problem(toProblem(error)),
    });
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }
}
