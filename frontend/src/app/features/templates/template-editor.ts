import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  InjectionToken,
  OnInit,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable, Subject, catchError, debounceTime, map, merge, of, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { formProblemMessage, problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { ErrorAlert } from '../../shared/error-alert';
import { FieldError } from '../../shared/forms/field-error';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import { HasUnsavedChanges } from '../../shared/unsaved-changes';
import {
  BUILT_IN_VARIABLES,
  Preview,
  PreviewRequest,
  ScreeningAnswer,
  TemplateChanges,
  TemplateDetail,
  TemplateProblem,
  TemplatesApi,
  Versioned,
  templateProblems,
} from './templates-api';
import { PreviewJob, PreviewJobPicker } from './preview-job-picker';
import { insertAt, variableTag } from './text-insertion';

type AnswerGroup = FormGroup<{
  questionPattern: FormControl<string>;
  answer: FormControl<string>;
}>;

/** What the live preview shows: the rendering, or why there is none. */
interface PreviewState {
  readonly preview: Preview | null;
  readonly problems: readonly TemplateProblem[];
  readonly error: Message | null;
}

/** How long the live preview waits after the last keystroke before it asks the server. */
export const PREVIEW_DELAY_MS = new InjectionToken<number>('PREVIEW_DELAY_MS', {
  factory: () => 400,
});

/**
 * Creates and edits a template (OWNER, MANAGER) with a variable palette and a live preview; shows
 * it read-only, with the preview, to freelancers and viewers.
 */
@Component({
  selector: 'cb-template-editor',
  imports: [
    ErrorAlert,
    FieldError,
    LocalizedDatePipe,
    MessageText,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTooltipModule,
    PreviewJobPicker,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-editor.html',
  styleUrl: './template-editor.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class TemplateEditor implements OnInit, HasUnsavedChanges {
  private readonly api = inject(TemplatesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly previewDelay = inject(PREVIEW_DELAY_MS);
  protected readonly language = inject(Language);

  protected readonly canEdit = inject(Session).canManageAgency;
  protected readonly separatorKeys = [ENTER, COMMA] as const;
  private readonly bodyField = viewChild<ElementRef<HTMLTextAreaElement>>('bodyField');

  protected readonly templateId = signal<string | null>(null);
  protected readonly template = signal<TemplateDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly loadError = signal<Message | null>(null);
  protected readonly saveError = signal<Message | null>(null);
  /** Someone else saved the template after we loaded it (412). */
  protected readonly stale = signal(false);
  protected readonly categories = signal<readonly string[]>([]);
  protected readonly customVariables = signal<readonly string[]>([]);
  /** The palette: built-in variables first, then the agency's own, with what each one is. */
  protected readonly palette = computed(() => [
    ...BUILT_IN_VARIABLES.map((key) => ({
      key,
      custom: false,
      hintKey: `templates.variableHints.${key}`,
    })),
    ...this.customVariables().map((key) => ({
      key,
      custom: true,
      hintKey: 'templates.editor.customVariable',
    })),
  ]);
  private etag: string | null = null;

  /** The text field the palette inserts into: the body, or the answer last focused. */
  private target: { element: HTMLTextAreaElement; control: FormControl<string> } | null = null;

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    category: ['', Validators.maxLength(100)],
    tags: this.fb.control<string[]>([]),
    body: ['', [Validators.required, Validators.maxLength(20000)]],
    screeningAnswers: this.fb.array<AnswerGroup>([]),
  });

  protected readonly sample = this.fb.group({
    clientName: [''],
    jobTitle: [''],
    skills: [''],
    memberName: [''],
    portfolio: [''],
  });

  /** The real job the preview renders with (its title, client and skills), or null for samples. */
  protected readonly previewJob = signal<PreviewJob | null>(null);

  private readonly previewRequests = new Subject<void>();
  protected readonly previewState = signal<PreviewState>({
    preview: null,
    problems: [],
    error: null,
  });

  protected readonly tags = toSignal(this.form.controls.tags.valueChanges, {
    initialValue: [] as string[],
  });
  private readonly categoryInput = toSignal(this.form.controls.category.valueChanges, {
    initialValue: '',
  });
  protected readonly categoryOptions = computed(() => {
    const query = (this.categoryInput() ?? '').trim().toLowerCase();
    return this.categories().filter((c) => c.toLowerCase().includes(query));
  });
  protected readonly missingLabels = computed(() =>
    (this.previewState().preview?.rendered.missing ?? []).map((name) => name.replace(/_/g, ' ')),
  );

  get answers(): FormArray<AnswerGroup> {
    return this.form.controls.screeningAnswers;
  }

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('templateId');
    this.templateId.set(id);
    this.api
      .variables()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (v) => this.customVariables.set(v.items.map((item) => item.key)),
        error: () => undefined,
      });
    if (this.canEdit()) {
      this.api
        .suggestions()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (s) => this.categories.set(s.categories), error: () => undefined });
    }
    merge(this.previewRequests, this.form.valueChanges, this.sample.valueChanges)
      .pipe(
        debounceTime(this.previewDelay),
        switchMap(() => this.renderPreview()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.previewState.set(state));
    if (id) {
      this.load();
    } else {
      this.previewRequests.next();
    }
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
    const id = this.templateId();
    if (!id) {
      return;
    }
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (loaded) => {
          this.loading.set(false);
          this.show(loaded);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.loadError.set(problemMessage(toProblem(error)));
        },
      });
  }

  /** Drops local edits and shows the latest saved template (the way out of a 412). */
  protected reload(): void {
    this.form.markAsPristine();
    this.load();
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim().toLowerCase();
    const tags = this.form.controls.tags.value;
    if (tag && !tags.includes(tag)) {
      this.form.controls.tags.setValue([...tags, tag]);
      this.form.controls.tags.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.form.controls.tags.setValue(this.form.controls.tags.value.filter((t) => t !== tag));
    this.form.controls.tags.markAsDirty();
  }

  protected addAnswer(answer: ScreeningAnswer = { questionPattern: '', answer: '' }): void {
    this.answers.push(this.answerGroup(answer));
    this.answers.markAsDirty();
  }

  protected removeAnswer(index: number): void {
    this.answers.removeAt(index);
    this.answers.markAsDirty();
    this.target = null;
  }

  protected focusBody(element: HTMLTextAreaElement): void {
    this.target = { element, control: this.form.controls.body };
  }

  protected focusAnswer(element: HTMLTextAreaElement, index: number): void {
    this.target = { element, control: this.answers.at(index).controls.answer };
  }

  /** Puts `{{key}}` where the caret is in the body (or the answer being edited). */
  protected insertVariable(key: string): void {
    const element = this.target?.element ?? this.bodyField()?.nativeElement;
    const control = this.target?.control ?? this.form.controls.body;
    if (!element) {
      return;
    }
    const inserted = insertAt(
      control.value,
      element.selectionStart,
      element.selectionEnd,
      variableTag(key),
    );
    control.setValue(inserted.value);
    control.markAsDirty();
    element.value = inserted.value;
    element.focus();
    element.setSelectionRange(inserted.caret, inserted.caret);
  }

  protected save(): void {
    if (this.saving() || !this.canEdit()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const id = this.templateId();
    const request: Observable<Versioned<TemplateDetail>> =
      id && this.etag
        ? this.api.update(id, this.changes(), this.etag)
        : this.api.create(this.changes());
    this.saving.set(true);
    this.saveError.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.show(saved);
        this.notifier.success('templates.editor.saved', {
          number: saved.value.currentVersion.number,
        });
        if (!id) {
          void this.router.navigate(['/templates', saved.value.id], { replaceUrl: true });
        }
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected discard(): void {
    const template = this.template();
    if (template) {
      this.resetForm(template);
    } else {
      this.form.reset();
      this.answers.clear();
    }
    this.saveError.set(null);
  }

  protected toggleArchived(): void {
    const template = this.template();
    if (!template || !this.etag) {
      return;
    }
    const archive = !template.archived;
    const ask = archive
      ? this.confirmation.ask({
          title: this.transloco.translate('templates.editor.archiveTitle', { name: template.name }),
          message: this.transloco.translate('templates.editor.archiveMessage'),
          confirmLabel: this.transloco.translate('templates.editor.archive'),
          cancelLabel: this.transloco.translate('common.cancel'),
          destructive: true,
        })
      : of(true);
    ask
      .pipe(
        switchMap((yes) =>
          yes && this.etag ? this.api.archive(template.id, archive, this.etag) : of(null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          if (saved) {
            this.show(saved);
            this.notifier.success(
              archive ? 'templates.editor.archived' : 'templates.editor.unarchived',
              {
                name: template.name,
              },
            );
          }
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown): void {
    this.saving.set(false);
    const problem = toProblem(error);
    if (problem.status === 412 || hasProblemType(problem, 'stale-version')) {
      this.stale.set(true);
      return;
    }
    this.saveError.set(formProblemMessage(this.form, problem));
  }

  private show(loaded: Versioned<TemplateDetail>): void {
    this.template.set(loaded.value);
    this.etag = loaded.etag;
    this.stale.set(false);
    this.resetForm(loaded.value);
    this.previewRequests.next();
  }

  private resetForm(template: TemplateDetail): void {
    this.answers.clear();
    template.currentVersion.screeningAnswers.forEach((a) => this.answers.push(this.answerGroup(a)));
    this.form.reset({
      name: template.name,
      category: template.category ?? '',
      tags: [...template.tags],
      body: template.currentVersion.body,
    });
    this.target = null;
  }

  private answerGroup(answer: ScreeningAnswer): AnswerGroup {
    return this.fb.group({
      questionPattern: [answer.questionPattern, [Validators.required, Validators.maxLength(500)]],
      answer: [answer.answer, [Validators.required, Validators.maxLength(5000)]],
    });
  }

  private changes(): TemplateChanges {
    const value = this.form.getRawValue();
    const category = value.category.trim();
    return {
      name: value.name.trim(),
      category: category === '' ? null : category,
      tags: value.tags,
      body: value.body,
      screeningAnswers: value.screeningAnswers.map((a) => ({
        questionPattern: a.questionPattern.trim(),
        answer: a.answer,
      })),
    };
  }

  /** Previews with a real job (its values replace the sample's job fields), or with samples again. */
  protected usePreviewJob(job: PreviewJob | null): void {
    this.previewJob.set(job);
    const jobFields = [
      this.sample.controls.clientName,
      this.sample.controls.jobTitle,
      this.sample.controls.skills,
    ];
    for (const control of jobFields) {
      if (job) {
        control.disable({ emitEvent: false });
      } else {
        control.enable({ emitEvent: false });
      }
    }
    this.previewRequests.next();
  }

  private renderPreview(): Observable<PreviewState> {
    const id = this.templateId();
    const sample = this.sample.getRawValue();
    const job = this.previewJob();
    const values = job
      ? { memberName: sample.memberName, portfolio: sample.portfolio }
      : {
          clientName: sample.clientName,
          jobTitle: sample.jobTitle,
          memberName: sample.memberName,
          portfolio: sample.portfolio,
          skills: sample.skills
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        };
    const withJob = job ? { jobId: job.id } : {};
    const editing = this.canEdit();
    if (editing && this.form.controls.body.value.trim() === '') {
      return of({ preview: null, problems: [], error: null });
    }
    if (!id && !editing) {
      return of({ preview: null, problems: [], error: null });
    }
    // Answers still being written are left out rather than failing the whole preview.
    const answers = this.changes().screeningAnswers.filter(
      (a) => a.questionPattern !== '' && a.answer.trim() !== '',
    );
    const request: PreviewRequest = editing
      ? { body: this.form.controls.body.value, screeningAnswers: answers, values, ...withJob }
      : { values, ...withJob };
    return this.api.preview(id, request).pipe(
      map((preview) => ({ preview, problems: [], error: null })),
      catchError((error: unknown) => {
        const problems = templateProblems(error);
        return of({
          preview: null,
          problems,
          error: problems.length > 0 ? null : problemMessage(toProblem(error)),
        });
      }),
    );
  }
}
