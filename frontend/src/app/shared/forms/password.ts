import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';

/** The server's password policy, as far as the browser can check it (leaks are checked there). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const newPasswordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];

/** A group validator: `repeat` must equal `password` (the error goes on `repeat`). */
export function samePasswordValidator(password: string, repeat: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeated = group.get(repeat);
    if (!repeated) {
      return null;
    }
    const differs = repeated.value !== '' && group.get(password)?.value !== repeated.value;
    const errors = { ...(repeated.errors ?? {}) };
    delete errors['mismatch'];
    repeated.setErrors(
      differs ? { ...errors, mismatch: true } : Object.keys(errors).length ? errors : null,
    );
    return null;
  };
}

/** Whether a password contains a part (a word or number) of the person's e-mail or name. */
export function containsPersonalData(password: string, personal: readonly string[]): boolean {
  const lower = password.toLowerCase();
  return personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .some((part) => part.length >= 3 && lower.includes(part));
}

/** Live hints under a new-password field, each with a met/not-met icon and text. */
@Component({
  selector: 'cb-password-hints',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cb-password-hints" data-testid="password-hints" aria-live="polite">
      @for (hint of hints(); track hint.key) {
        <li [class.cb-met]="hint.met" [attr.data-met]="hint.met">
          <mat-icon aria-hidden="true">{{
            hint.met ? 'check_circle' : 'radio_button_unchecked'
          }}</mat-icon>
          <span>{{ hint.key | transloco: { min: minLength } }}</span>
          <span class="cb-visually-hidden">
            {{ (hint.met ? 'password.met' : 'password.notMet') | transloco }}
          </span>
        </li>
      }
      <li>
        <mat-icon aria-hidden="true">info</mat-icon>
        <span>{{ 'password.leaks' | transloco }}</span>
      </li>
    </ul>
  `,
  styles: `
    .cb-password-hints {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 2px 0;
    }
    mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .cb-met {
      color: var(--mat-sys-primary);
    }
  `,
})
export class PasswordHints implements OnInit {
  readonly control = input.required<AbstractControl<string>>();
  /** E-mail and name the password must not contain. */
  readonly personal = input<readonly string[]>([]);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  private readonly destroyRef = inject(DestroyRef);
  private readonly password = signal('');

  protected readonly hints = computed(() => {
    const password = this.password();
    return [
      { key: 'password.length', met: password.length >= PASSWORD_MIN_LENGTH },
      {
        key: 'password.personal',
        met: password !== '' && !containsPersonalData(password, this.personal()),
      },
    ];
  });

  ngOnInit(): void {
    const control = this.control();
    control.valueChanges
      .pipe(startWith(control.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => this.password.set(value ?? ''));
  }
}
