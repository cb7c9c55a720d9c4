import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, problem, provideTestEnvironment } from '../../../testing/providers';
import { NotificationPreferences } from './notification-preferences';
import { TopicPreference } from './notifications-api';

const PREFERENCES: TopicPreference[] = [
  { topic: 'proposal-approved', inApp: true, email: true, emailByDefault: true },
  { topic: 'proposal-commented', inApp: true, email: false, emailByDefault: false },
  { topic: 'proposal-withdrawn', inApp: true, email: true, emailByDefault: true },
  { topic: 'proposal-edited-after-approval', inApp: true, email: false, emailByDefault: false },
  { topic: 'proposal-send-unknown', inApp: true, email: true, emailByDefault: true },
];

describe('NotificationPreferences', () => {
  let fixture: ComponentFixture<NotificationPreferences>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NotificationPreferences],
      providers: provideTestEnvironment(),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationPreferences);
    fixture.detectChanges();
    http.expectOne('/api/notifications/preferences').flush({ preferences: PREFERENCES });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function toggle(testId: string): HTMLButtonElement {
    return byTestId(fixture.nativeElement, testId)!.querySelector('button')!;
  }

  it('lists each topic by name with its two channels', () => {
    const rows = fixture.nativeElement.querySelectorAll('[data-testid="preference-row"]');
    expect(rows).toHaveLength(PREFERENCES.length);
    expect(rows[0].textContent).toContain('My proposal was approved');
    expect(toggle('pref-in-app-proposal-approved').getAttribute('aria-checked')).toBe('true');
    expect(toggle('pref-email-proposal-commented').getAttribute('aria-checked')).toBe('false');
    expect(byTestId(fixture.nativeElement, 'pref-email-proposal-commented')!.textContent).toContain(
      'By e-mail',
    );
  });

  it('names the topics of withdrawals, edits after approval and unknown sends', () => {
    const rows: HTMLElement[] = Array.from(
      fixture.nativeElement.querySelectorAll('[data-testid="preference-row"]'),
    );
    const names = rows.map((row) => row.textContent ?? '');
    expect(names[2]).toContain('Proposals withdrawn before sending');
    expect(names[3]).toContain('Proposals edited after my approval');
    expect(names[4]).toContain('My proposal may not have reached Upwork');
    expect(names.join(' ')).not.toContain('notifications.topicNames');
  });

  it('saves one topic when its toggle changes', async () => {
    toggle('pref-email-proposal-approved').click();

    const request = http.expectOne({ method: 'PUT', url: '/api/notifications/preferences' });
    expect(request.request.body).toEqual({
      preferences: [{ topic: 'proposal-approved', inApp: true, email: false }],
    });
    request.flush({
      preferences: [{ ...PREFERENCES[0], email: false }, PREFERENCES[1]],
    });
    await fixture.whenStable();

    expect(toggle('pref-email-proposal-approved').getAttribute('aria-checked')).toBe('false');
  });

  it('puts the toggle back and shows the server problem when saving fails', async () => {
    toggle('pref-in-app-proposal-commented').click();

    const refused = problem(400, 'validation', { detail: 'Some topics are not available to you.' });
    http
      .expectOne({ method: 'PUT', url: '/api/notifications/preferences' })
      .flush(refused.body, refused.options);
    await fixture.whenStable();

    expect(toggle('pref-in-app-proposal-commented').getAttribute('aria-checked')).toBe('true');
    expect(byTestId(fixture.nativeElement, 'preferences-error')!.textContent).toContain(
      'Some topics are not available to you.',
    );
  });
});
