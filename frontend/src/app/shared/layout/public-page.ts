import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LanguageMenu } from '../language-menu';
import { ThemeToggle } from '../theme-toggle';

/**
 * The frame of the pages people see before (or while) signing in: language and theme at the top,
 * one centred card with a heading, and a progress bar while `busy`. Texts arrive translated.
 */
@Component({
  selector: 'cb-public-page',
  imports: [MatCardModule, MatProgressBarModule, LanguageMenu, ThemeToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cb-public-page">
      <header class="cb-public-tools">
        <cb-language-menu />
        <cb-theme-toggle />
      </header>
      <main class="cb-public-main">
        <mat-card class="cb-public-card" appearance="outlined">
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="busyLabel()" />
          }
          <mat-card-header>
            <mat-card-title>
              <h1 class="cb-public-title">{{ heading() }}</h1>
            </mat-card-title>
            @if (subtitle()) {
              <mat-card-subtitle>{{ subtitle() }}</mat-card-subtitle>
            }
          </mat-card-header>
          <mat-card-content>
            <ng-content />
          </mat-card-content>
        </mat-card>
      </main>
    </div>
  `,
  styles: `
    .cb-public-page {
      min-height: 100%;
      display: flex;
      flex-direction: column;
      background: var(--mat-sys-surface-container-low);
    }
    .cb-public-tools {
      display: flex;
      justify-content: flex-end;
      gap: 4px;
      padding: 8px;
    }
    .cb-public-main {
      flex: 1;
      display: flex;
      align-items: flex-start;
      justify-content: center;
      padding: 5vh 16px 32px;
    }
    .cb-public-card {
      width: 100%;
      max-width: 440px;
      overflow: hidden;
    }
    .cb-public-title {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    mat-card-header {
      margin-bottom: 16px;
    }
  `,
})
export class PublicPage {
  readonly heading = input.required<string>();
  readonly subtitle = input<string>('');
  readonly busy = input(false);
  readonly busyLabel = input<string>('');
}
