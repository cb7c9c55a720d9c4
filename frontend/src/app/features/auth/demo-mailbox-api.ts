import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';

/** Where the demo's captured e-mails and texts can be read (a page served by the server). */
export const DEMO_MAILBOX_URL = '/demo/mailbox';

interface MailboxContents {
  readonly mail: readonly unknown[];
  readonly texts: readonly unknown[];
}

/**
 * The demo's mailbox, which only the demo (and the tests) serve: elsewhere the server answers 404,
 * and the sign-in page shows no link.
 */
@Injectable({ providedIn: 'root' })
export class DemoMailboxApi {
  private readonly http = inject(HttpClient);

  /** How many messages the demo has sent, or null when this server has no demo mailbox. */
  messageCount(): Observable<number | null> {
    return this.http.get<MailboxContents>(`${DEMO_MAILBOX_URL}/messages`).pipe(
      map((contents) => contents.mail.length + contents.texts.length),
      catchError(() => of(null)),
    );
  }
}
