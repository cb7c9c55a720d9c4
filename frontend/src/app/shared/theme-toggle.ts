import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { Theme } from '../core/theme/theme';

/** Switches between the light and the dark theme. */
@Component({
  selector: 'cb-theme-toggle',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      (click)="theme.toggle()"
      [attr.aria-label]="label() | transloco"
      [matTooltip]="label() | transloco"
      data-testid="theme-toggle"
    >
      <mat-icon aria-hidden="true">{{ isDark() ? 'light_mode' : 'dark_mode' }}</mat-icon>
    </button>
  `,
})
export class ThemeToggle {
  protected readonly theme = inject(Theme);
  protected readonly isDark = computed(() => this.theme.mode() === 'dark');
  protected readonly label = computed(() =>
    this.isDark() ? 'shell.useLightTheme' : 'shell.useDarkTheme',
  );
}
