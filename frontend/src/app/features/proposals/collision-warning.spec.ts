import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../../testing/providers';
import { CollisionWarning } from './collision-warning';
import { Collision } from './proposals-api';

describe('CollisionWarning', () => {
  async function render(collision: Collision): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [CollisionWarning],
      providers: provideTestEnvironment(),
    });
    const fixture = TestBed.createComponent(CollisionWarning);
    fixture.componentRef.setInput('collision', collision);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  const colleague: Collision = {
    memberId: 'u-3',
    memberName: 'Priya <i>Raman</i>',
    state: 'PENDING_APPROVAL',
    since: '2026-11-20T10:00:00Z',
    proposalId: null,
  };

  it('names the colleague, the state of their proposal and since when, as text', async () => {
    const root = await render(colleague);
    const note = root.querySelector('[data-testid="proposal-collision"]')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toContain(
      'Priya <i>Raman</i> is already bidding on this job (Waiting for approval since 20 Nov 2026)',
    );
    expect(note.querySelector('i')).toBeNull();
    expect(note.querySelector('a')).toBeNull();
  });

  it('links to their proposal only when the reader may open it', async () => {
    const root = await render({ ...colleague, proposalId: 'p-9' });
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/proposals/p-9');
  });
});
