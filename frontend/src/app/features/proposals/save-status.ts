import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { SaveState } from './autosave';

const ICONS: Record<SaveState, string> = {
  idle: 'cloud_done',
  pending: 'cloud_upload',
  saving: 'cloud_upload',
  saved: 'cloud_done',
  retrying: 'cloud_off',
  conflict: 'sync_problem',
  failed: 'error',
};

/** Where autosave stands, in words, announced politely to screen readers. */
@Component({
  selector: 'cb-save-status',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="cb-save-status" role="status" [attr.data-state]="state()" data-testid="save-status">
      @if (state() !== 'idle') {
        <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
        <span>{{ 'proposals.save.' + state() | transloco }}</span>
      }
    </p>
  `,
  styles: `
    .cb-save-status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      margin: 0;
      min-height: 24px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);

      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
    [data-state='retrying'],
    [data-state='conflict'],
    [data-state='failed'] {
      color: var(--mat-sys-error);
    }
  `,
})
export class SaveStatus {
  readonly state = input.required<SaveState>();
  protected readonly icon = computed(() => ICONS[this.state()]);
}
