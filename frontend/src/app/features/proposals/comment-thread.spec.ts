import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  byTestId,
  problem,
  provideTestEnvironment,
  sessionInfo,
  signInAs,
  typeInto,
} from '../../../testing/providers';
import { AUTHOR, threadEntry } from '../../../testing/proposals';
import { CommentThread } from './comment-thread';

describe('CommentThread', () => {
  let fixture: ComponentFixture<CommentThread>;
  let http: HttpTestingController;

  async function open(canComment: boolean): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CommentThread],
      providers: provideTestEnvironment(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(sessionInfo({ role: 'FREELANCER' }));
    fixture = TestBed.createComponent(CommentThread);
    fixture.componentRef.setInput('proposalId', 'p-1');
    fixture.componentRef.setInput('canComment', canComment);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());
  const el = (id: string) => byTestId(fixture.nativeElement, id);

  it('lists comments and decisions as text, oldest first', async () => {
    await open(false);
    http.expectOne('/api/proposals/p-1/comments').flush({
      items: [
        threadEntry({ id: 'c-1', text: 'Use <i>our</i> portfolio.' }),
        threadEntry({ id: 'c-2', author: AUTHOR, decision: null, text: 'Done.' }),
      ],
    });
    await fixture.whenStable();

    const comments = fixture.nativeElement.querySelectorAll('[data-testid="comment"]');
    expect(comments).toHaveLength(2);
    expect(comments[0].textContent).toContain('Mateo Fernández');
    expect(comments[0].textContent).toContain('asked for changes');
    expect(comments[0].textContent).toContain('Use <i>our</i> portfolio.');
    expect(comments[0].querySelector('i')).toBeNull();
    expect(comments[1].querySelector('[data-testid="comment-decision"]')).toBeNull();
    expect(el('comment-input')).toBeNull();
  });

  it('posts a comment and shows it, reloading when asked', async () => {
    await open(true);
    http.expectOne('/api/proposals/p-1/comments').flush({ items: [] });
    await fixture.whenStable();
    expect(el('comment-thread-empty')).not.toBeNull();

    el('comment-post')!.click();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('This field is required.');

    typeInto(el('comment-input'), ' Looks good ');
    el('comment-post')!.click();
    const post = http.expectOne({ method: 'POST', url: '/api/proposals/p-1/comments' });
    expect(post.request.body).toEqual({ text: 'Looks good' });
    post.flush(threadEntry({ id: 'c-9', decision: null, text: 'Looks good' }));
    await fixture.whenStable();
    expect(el('comment-text')!.textContent).toContain('Looks good');

    fixture.componentRef.setInput('revision', 1);
    await fixture.whenStable();
    http.expectOne('/api/proposals/p-1/comments').flush({ items: [] });
  });

  it('says why a comment was refused', async () => {
    await open(true);
    http.expectOne('/api/proposals/p-1/comments').flush({ items: [] });
    typeInto(el('comment-input'), 'Hi');
    el('comment-post')!.click();
    const refused = problem(403, 'forbidden', { detail: 'Viewers read only.' });
    http
      .expectOne({ method: 'POST', url: '/api/proposals/p-1/comments' })
      .flush(refused.body, refused.options);
    await fixture.whenStable();
    expect(el('comment-error')!.textContent).toContain('Viewers read only.');
  });
});
