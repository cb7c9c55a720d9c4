import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/** Paginator labels in the active language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap(() => this.transloco.selectTranslation()),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        const t = (key: string, params?: Record<string, unknown>) =>
          this.transloco.translate(`paginator.${key}`, params);
        this.itemsPerPageLabel = t('itemsPerPage');
        this.nextPageLabel = t('next');
        this.previousPageLabel = t('previous');
        this.firstPageLabel = t('first');
        this.lastPageLabel = t('last');
        this.getRangeLabel = (page, pageSize, length) => {
          if (length === 0 || pageSize === 0) {
            return t('rangeEmpty', { length });
          }
          const start = page * pageSize;
          const end = Math.min(start + pageSize, length);
          return t('range', { start: start + 1, end, length });
        };
        this.changes.next();
      });
  }
}
