import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { Session } from '../../core/auth/session';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, Page, PageRequest } from '../../core/http/page';
import { hasProblemType, toProblem } from '../../core/http/problem-details';
import { Language } from '../../core/i18n/language';
import { Message, keyMessage } from '../../core/i18n/message';
import { Notifier } from '../../core/notifications/notifier';
import { problemMessage } from '../../core/notifications/problem-message';
import { Confirmation } from '../../shared/confirm-dialog/confirmation';
import { LocalizedDatePipe } from '../../shared/localized-date';
import { MessageText } from '../../shared/message-text';
import {
  TemplateDetail,
  TemplatesApi,
  VersionDetail,
  VersionSummary,
  percent,
} from './templates-api';

/** What the selected version is compared with. */
export type CompareWith = 'previous' | 'current';

/** A template's versions: view one, compare it, and (OWNER, MANAGER) restore it. */
@Component({
  selector: 'cb-template-history',
  imports: [
    LocalizedDatePipe,
    MessageText,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-history.html',
  styleUrl: './template-history.scss',
})
export class TemplateHistory implements OnInit {
  private readonly api = inject(TemplatesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly notifier = inject(Notifier);
  private readonly confirmation = inject(Confirmation);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(Language);
  protected readonly canEdit = inject(Session).canManageAgency;

  protected readonly columns = ['number', 'createdAt', 'used', 'replyRate'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly templateId = signal('');
  protected readonly template = signal<TemplateDetail | null>(null);
  protected readonly versions = signal<Page<VersionSummary> | null>(null);
  protected readonly request = signal<PageRequest>({ page: 0, size: DEFAULT_PAGE_SIZE });
  protected readonly selected = signal<VersionDetail | null>(null);
  protected readonly compareWith = signal<CompareWith>('previous');
  protected readonly loading = signal(true);
  protected readonly error = signal<Message | null>(null);
  protected readonly restoring = signal(false);
  private etag: string | null = null;

  protected readonly rows = computed(() =>
    (this.versions()?.items ?? []).map((v) => ({ ...v, replyPercent: percent(v.stats.replyRate) })),
  );

  ngOnInit(): void {
    this.templateId.set(this.route.snapshot.paramMap.get('templateId') ?? '');
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .get(this.templateId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ value, etag }) => {
          this.template.set(value);
          this.etag = etag;
          this.loadVersions();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected onPage(event: PageEvent): void {
    this.request.set({ page: event.pageIndex, size: event.pageSize });
    this.loadVersions();
  }

  protected select(version: VersionSummary): void {
    const template = this.template();
    const compareTo =
      this.compareWith() === 'current' && template && !version.current
        ? template.currentVersion.id
        : undefined;
    this.api
      .version(this.templateId(), version.id, compareTo)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (detail) => this.selected.set(detail),
        error: (error: unknown) => this.failed(error),
      });
  }

  protected compare(mode: CompareWith): void {
    this.compareWith.set(mode);
    const selected = this.selected();
    if (selected) {
      this.select({ ...selected });
    }
  }

  protected restore(version: VersionDetail): void {
    const template = this.template();
    if (!template || !this.etag || version.current) {
      return;
    }
    this.confirmation
      .ask({
        title: this.transloco.translate('templates.history.restoreTitle', {
          number: version.number,
          name: template.name,
        }),
        message: this.transloco.translate('templates.history.restoreMessage', {
          next: template.currentVersion.number + 1,
        }),
        confirmLabel: this.transloco.translate('templates.history.restore'),
        cancelLabel: this.transloco.translate('common.cancel'),
        destructive: false,
      })
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.restoring.set(true);
          return this.api.restore(template.id, version.id, this.etag ?? '');
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ value, etag }) => {
          this.restoring.set(false);
          this.template.set(value);
          this.etag = etag;
          this.selected.set(null);
          this.request.update((r) => ({ ...r, page: 0 }));
          this.loadVersions();
          this.notifier.success('templates.history.restored', {
            number: version.number,
            next: value.currentVersion.number,
          });
        },
        error: (error: unknown) => {
          this.restoring.set(false);
          this.failed(error);
        },
      });
  }

  private loadVersions(): void {
    this.loading.set(true);
    this.api
      .versions(this.templateId(), this.request())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.loading.set(false);
          this.versions.set(page);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown): void {
    this.loading.set(false);
    const problem = toProblem(error);
    this.error.set(
      problem.status === 412 || hasProblemType(problem, 'stale-version')
        ? keyMessage('templates.history.stale')
        : problemMessage(problem),
    );
  }
}
