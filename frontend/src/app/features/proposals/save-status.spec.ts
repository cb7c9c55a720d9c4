import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../../testing/providers';
import { SaveState } from './autosave';
import { SaveStatus } from './save-status';

describe('SaveStatus', () => {
  async function render(state: SaveState): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [SaveStatus], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(SaveStatus);
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('[data-testid="save-status"]');
  }

  it('announces politely where saving stands', async () => {
    const status = await render('saving');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('Saving…');
  });

  it('says when saving fails and is retried', async () => {
    expect((await render('retrying')).textContent).toContain('Couldn’t save, retrying');
  });

  it('says nothing before the first edit', async () => {
    expect((await render('idle')).textContent!.trim()).toBe('');
  });
});
