import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
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
import { Session } from '../auth/session';
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required<MatSidenav>('sidenav');

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly sections = computed<NavSection[]>(() => {
    const sections: NavSection[] = [];
    if (this.session.agency()) {
      const items: NavItem[] = [
        {
          path: '/agency',
          icon: 'business',
          labelKey: 'nav.agencyProfile',
          testId: 'nav-agency',
          exact: true,
        },
      ];
      if (this.session.canManageAgency()) {
        items.push({
          path: '/agency/audit',
          icon: 'history',
          labelKey: 'nav.audit',
          testId: 'nav-audit',
          exact: false,
        });
      }
      sections.push({ titleKey: 'nav.agencySection', items });
    }
    if (this.session.isPlatformAdmin()) {
      sections.push({
        titleKey: 'nav.consoleSection',
        items: [
          {
            path: '/admin/agencies',
            icon: 'domain',
            labelKey: 'nav.agencies',
            testId: 'nav-admin-agencies',
            exact: false,
          },
        ],
      });
    }
    return sections;
  });

  protected closeIfCompact(): void {
    if (this.compact()) {
      void this.sidenav().close();
    }
  }

  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }
}
