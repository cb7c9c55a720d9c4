import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subscription, map, startWith } from 'rxjs';
import { Session } from '../../core/auth/session';
import { applyFieldErrors, hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, textMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { FieldError } from '../../shared/forms/field-error';
import { isHttpsUrl, urlValidator } from '../../shared/forms/validators';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { HasUnsavedChanges } from '../../shared/unsaved-changes';
import { Agency, AgencyApi, AgencyChanges } from './agency-api';
import { COMMON_CURRENCIES, currencyName, isTimeZone, timeZones } from './reference-data';

const MAX_TIMEZONE_OPTIONS = 100;

/** The agency's profile: read by every member, changed by OWNER and MANAGER. */
@Component({
  selector: 'cb-agency-profile',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldError,
    LocalizedDatePipe,
    MessageText,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-profile.html',
  styleUrl: './agency-profile.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class AgencyProfile implements OnInit, HasUnsavedChanges {
  private readonly api = inject(AgencyApi);
  private readonly session = inject(Session);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(Language);

  private readonly zones = timeZones();

  protected readonly canEdit = this.session.canManageAgency;
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly agency = signal<Agency | null>(null);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly saveError = signal<Message | null>(null);
  /** Someone else saved the agency after we loaded it (412). */
  protected readonly stale = signal(false);
  private etag: string | null = null;
  private saveSubscription: Subscription | null = null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    timezone: ['', [Validators.required, timeZoneValidator]],
    defaultCurrency: ['', Validators.required],
    website: ['', [urlValidator, Validators.maxLength(2048)]],
    logoUrl: ['', [urlValidator, Validators.maxLength(2048)]],
  });

  private readonly timezoneInput = toSignal(
    this.form.controls.timezone.valueChanges.pipe(startWith('')),
    { initialValue: '' },
  );
  protected readonly timezoneOptions = computed(() => {
    const query = (this.timezoneInput() ?? '').trim().toLowerCase().replace(/\s+/g, '_');
    const matches = query
      ? this.zones.filter((zone) => zone.toLowerCase().includes(query))
      : this.zones;
    return matches.slice(0, MAX_TIMEZONE_OPTIONS);
  });

  protected readonly currencyOptions = computed(() => {
    const locale = this.language.locale();
    const current = this.agency()?.defaultCurrency;
    const codes =
      current && !COMMON_CURRENCIES.includes(current)
        ? [current, ...COMMON_CURRENCIES]
        : COMMON_CURRENCIES;
    return codes.map((code) => ({ code, name: currencyName(code, locale) }));
  });

  /** The saved logo, shown only from an https address (never mixed content or other schemes). */
  protected readonly logoSrc = computed(() => {
    const url = this.agency()?.logoUrl;
    return url && isHttpsUrl(url) ? url : null;
  });

  protected readonly dirty = toSignal(this.form.valueChanges.pipe(map(() => this.form.dirty)), {
    initialValue: false,
  });

  ngOnInit(): void {
    this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.canEdit() && this.form.dirty;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ value, etag }) => {
          this.show(value, etag);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loadError.set(problemMessage(toProblem(error)));
          this.loading.set(false);
        },
      });
  }

  /** Drops local edits and shows the latest saved profile (the way out of a 412). */
  protected reload(): void {
    this.form.markAsPristine();
    this.load();
  }

  protected discard(): void {
    const agency = this.agency();
    if (agency) {
      this.resetForm(agency);
    }
    this.saveError.set(null);
  }

  protected save(): void {
    if (this.saving() || !this.canEdit() || !this.etag) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.saveSubscription?.unsubscribe();
    this.saveSubscription = this.api
      .update(this.changes(), this.etag)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ value, etag }) => {
          this.saving.set(false);
          this.show(value, etag);
          this.session.agencyRenamed(value.name);
          this.notifier.success('agency.saved');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          if (problem.status === 412 || hasProblemType(problem, 'stale-version')) {
            this.stale.set(true);
            return;
          }
          const unmatched = applyFieldErrors(this.form, problem);
          if (problem.errors.length > 0 && unmatched.length === 0) {
            return;
          }
          this.saveError.set(
            unmatched.length > 0
              ? textMessage(unmatched.map((e) => `${e.field}: ${e.message}`).join('\n'))
              : problemMessage(problem),
          );
        },
      });
  }

  private show(agency: Agency, etag: string): void {
    this.agency.set(agency);
    this.etag = etag;
    this.stale.set(false);
    this.resetForm(agency);
  }

  private resetForm(agency: Agency): void {
    this.form.reset({
      name: agency.name,
      timezone: agency.timezone,
      defaultCurrency: agency.defaultCurrency,
      website: agency.website ?? '',
      logoUrl: agency.logoUrl ?? '',
    });
  }

  private changes(): AgencyChanges {
    const value = this.form.getRawValue();
    return {
      name: value.name.trim(),
      timezone: value.timezone,
      defaultCurrency: value.defaultCurrency,
      website: emptyToNull(value.website),
      logoUrl: emptyToNull(value.logoUrl),
    };
  }
}

function timeZoneValidator(control: AbstractControl): ValidationErrors | null {
  const value = (control.value ?? '') as string;
  return value === '' || isTimeZone(value) ? null : { timezone: true };
}

function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
