import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';

/** Picks the interface language; the choice is remembered. */
@Component({
  selector: 'cb-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.language' | transloco"
      data-testid="language-menu-button"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of language.options; track option.code) {
        <button
          mat-menu-item
          role="menuitemradio"
          [attr.aria-checked]="language.code() === option.code"
          [attr.lang]="option.code"
          (click)="language.use(option.code)"
          [attr.data-testid]="'language-' + option.code"
        >
          <mat-icon aria-hidden="true">{{
            language.code() === option.code ? 'radio_button_checked' : 'radio_button_unchecked'
          }}</mat-icon>
          <span>{{ option.nativeName }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageMenu {
  protected readonly language = inject(Language);
}
