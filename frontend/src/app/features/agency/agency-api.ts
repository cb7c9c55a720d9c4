import { HttpClient, HttpHeaders, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

/** The current agency's profile, as `GET /api/agency` returns it. */
export interface Agency {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
  readonly defaultCurrency: string;
  readonly website: string | null;
  readonly logoUrl: string | null;
  readonly version: number;
  readonly updatedAt: string;
}

/** The editable part, as `PUT /api/agency` takes it. */
export interface AgencyChanges {
  readonly name: string;
  readonly timezone: string;
  readonly defaultCurrency: string;
  readonly website: string | null;
  readonly logoUrl: string | null;
}

/** A resource with the ETag to send back as `If-Match` when changing it. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

@Injectable({ providedIn: 'root' })
export class AgencyApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Versioned<Agency>> {
    return this.http.get<Agency>('/api/agency', { observe: 'response' }).pipe(map(versioned));
  }

  /** Fails with 412 (`stale-version`) when someone else changed the agency since `etag`. */
  update(changes: AgencyChanges, etag: string): Observable<Versioned<Agency>> {
    return this.http
      .put<Agency>('/api/agency', changes, {
        observe: 'response',
        headers: new HttpHeaders({ 'If-Match': etag }),
      })
      .pipe(map(versioned));
  }
}

function versioned(response: HttpResponse<Agency>): Versioned<Agency> {
  const agency = response.body as Agency;
  return { value: agency, etag: response.headers.get('ETag') ?? `"${agency.version}"` };
}
