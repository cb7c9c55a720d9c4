import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Leaves the app for another site (Upwork's consent page): a full-page navigation. */
@Injectable({ providedIn: 'root' })
export class ExternalNavigation {
  private readonly document = inject(DOCUMENT);

  go(url: string): void {
    this.document.location.assign(url);
  }
}
