import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, problem, provideTestEnvironment } from '../../../testing/providers';
import { NotificationPreferences } from './notification-preferences';
import { TopicPreference } from './notifications-api';

const PREFERENCES: TopicPreference[] = [
  { topic: 'proposal-approved', inApp: true, email: true, emailByDefault: true },
  { topic: 'proposal-commented', inApp: true, email: false, emailByDefault: false },
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
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('My proposal was approved');
    expect(toggle('pref-in-app-proposal-approved').getAttribute('aria-checked')).toBe('true');
    expect(toggle('pref-email-proposal-commented').getAttribute('aria-checked')).toBe('false');
    expect(byTestId(fixture.nativeElement, 'pref-email-proposal-commented')!.textContent).toContain(
      'By e-mail',
    );
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
