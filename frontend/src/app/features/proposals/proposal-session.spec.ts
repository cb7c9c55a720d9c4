import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideTestEnvironment } from '../../../testing/providers';
import { etagHeaders, proposalDetail } from '../../../testing/proposals';
import {
  AUTOSAVE_TIMING,
  ProposalSession,
  UnsavedContent,
  contentOf,
  sameContent,
} from './proposal-session';
import { ProposalsApi } from './proposals-api';

describe('ProposalSession', () => {
  let session: ProposalSession;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        ProposalSession,
        { provide: AUTOSAVE_TIMING, useValue: { delayMs: 60_000, retryDelaysMs: [60_000] } },
      ],
    });
    session = TestBed.inject(ProposalSession);
    http = TestBed.inject(HttpTestingController);
    session.load('p-1');
    const proposal = proposalDetail();
    http.expectOne('/api/proposals/p-1').flush(proposal, etagHeaders(proposal));
  });

  afterEach(() => http.verify());

  it('reads the content of a proposal as the editor writes it', () => {
    const content = contentOf(
      proposalDetail({ connects: { value: 9, source: 'MEMBER', estimate: 6, basis: '' } }),
    );
    expect(content.connects).toBe(9);
    expect(content.answers).toEqual([
      { position: 1, answer: 'A bank portal.' },
      { position: 2, answer: '' },
    ]);
    expect(sameContent(content, { ...content })).toBe(true);
    expect(sameContent(content, { ...content, coverLetter: 'x' })).toBe(false);
  });

  it('saves what waits before an action, and runs the action on the new version', async () => {
    session.edited({ ...contentOf(proposalDetail()), coverLetter: 'Edited' });
    const done = firstValueFrom(
      session.act((id, etag) => TestBed.inject(ProposalsApi).submitForApproval(id, etag)),
    );
    http
      .expectOne({ method: 'PUT', url: '/api/proposals/p-1' })
      .flush(proposalDetail({ version: 4 }), {
        headers: { ETag: '"4"' },
      });
    await new Promise((resolve) => setTimeout(resolve));
    const submit = http.expectOne('/api/proposals/p-1/submit-for-approval');
    expect(submit.request.headers.get('If-Match')).toBe('"4"');
    submit.flush(proposalDetail({ version: 5, state: 'PENDING_APPROVAL' }), {
      headers: { ETag: '"5"' },
    });
    expect((await done).state).toBe('PENDING_APPROVAL');
    expect(session.version()).toBe('"5"');
  });

  it('refuses an action when what was typed could not be saved', async () => {
    session.edited({ ...contentOf(proposalDetail()), coverLetter: 'Edited' });
    const done = firstValueFrom(
      session.act((id, etag) => TestBed.inject(ProposalsApi).submitForApproval(id, etag)),
    );
    http
      .expectOne({ method: 'PUT', url: '/api/proposals/p-1' })
      .flush({ status: 400 }, { status: 400, statusText: 'Bad Request' });
    await expect(done).rejects.toBeInstanceOf(UnsavedContent);
  });

  it('never goes back to an older version an earlier request answered with', () => {
    session.accept({ value: proposalDetail({ version: 9, state: 'APPROVED' }), etag: '"9"' });
    session.accept({ value: proposalDetail({ version: 7, state: 'DRAFT' }), etag: '"7"' });
    expect(session.proposal()!.state).toBe('APPROVED');
    expect(session.version()).toBe('"9"');
  });
});
