import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { LinkState } from './upwork-api';

const ICONS: Record<LinkState, string> = {
  LINKED: 'link',
  NEEDS_RELINK: 'link_off',
  UNLINKED: 'remove_circle_outline',
  NEVER_LINKED: 'radio_button_unchecked',
};

/** A link's state as a chip: an icon and words, so it never relies on colour alone. */
@Component({
  selector: 'cb-link-state',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      [class]="'cb-link-state cb-link-state-' + state().toLowerCase()"
      data-testid="link-state"
      [attr.data-state]="state()"
    >
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      {{ 'upwork.states.' + state() | transloco }}
    </span>
  `,
  styles: `
    .cb-link-state {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-large);
      white-space: nowrap;

      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }

    .cb-link-state-linked {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .cb-link-state-needs_relink {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class LinkStateChip {
  readonly state = input.required<LinkState>();
  protected readonly icon = computed(() => ICONS[this.state()]);
}
