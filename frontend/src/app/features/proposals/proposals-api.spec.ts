import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { problem, provideTestEnvironment } from '../../../testing/providers';
import { proposalDetail } from '../../../testing/proposals';
import { ProposalsApi, existingProposalId } from './proposals-api';

describe('ProposalsApi', () => {
  let api: ProposalsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
    api = TestBed.inject(ProposalsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with repeated states and only the filters given', () => {
    api
      .list(
        { page: 1, size: 50 },
        { states: ['DRAFT', 'SENT'], q: ' shop ', authorId: 'u-2', sort: 'jobTitle,asc' },
      )
      .subscribe();
    const request = http.expectOne((r) => r.url === '/api/proposals');
    expect(request.request.params.getAll('state')).toEqual(['DRAFT', 'SENT']);
    expect(request.request.params.get('q')).toBe('shop');
    expect(request.request.params.get('authorId')).toBe('u-2');
    expect(request.request.params.get('sort')).toBe('jobTitle,asc');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.has('mine')).toBe(false);
    request.flush({ items: [], page: 1, size: 50, totalItems: 0 });
  });

  it('reads the version from the ETag, falling back to the body', () => {
    let etag = '';
    api.get('p-1').subscribe((v) => (etag = v.etag));
    http
      .expectOne('/api/proposals/p-1')
      .flush(proposalDetail({ version: 3 }), { headers: { ETag: 'W/"3"' } });
    expect(etag).toBe('W/"3"');
    api.get('p-1').subscribe((v) => (etag = v.etag));
    http.expectOne('/api/proposals/p-1').flush(proposalDetail({ version: 4 }));
    expect(etag).toBe('"4"');
  });

  it('decides on the decision’s path, sending a comment only when there is one', () => {
    api.decide('p-1', 'REQUEST_CHANGES', ' More detail ', '"5"').subscribe();
    const changes = http.expectOne('/api/proposals/p-1/request-changes');
    expect(changes.request.body).toEqual({ comment: 'More detail' });
    expect(changes.request.headers.get('If-Match')).toBe('"5"');
    changes.flush(proposalDetail());
    api.decide('p-1', 'APPROVE', '  ', '"6"').subscribe();
    const approve = http.expectOne('/api/proposals/p-1/approve');
    expect(approve.request.body).toEqual({});
    approve.flush(proposalDetail());
  });

  it('sends with If-Match and the idempotency key', () => {
    api.send('p-1', '"8"', 'key-1').subscribe();
    const send = http.expectOne('/api/proposals/p-1/send');
    expect(send.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(send.request.headers.get('If-Match')).toBe('"8"');
    send.flush(proposalDetail());
  });

  it('finds the existing proposal in a proposal-exists answer', () => {
    const exists = problem(409, 'proposal-exists');
    expect(existingProposalId({ error: { ...exists.body, existingProposalId: 'p-3' } })).toBe(
      'p-3',
    );
    expect(existingProposalId({ error: exists.body })).toBeNull();
    expect(existingProposalId(null)).toBeNull();
  });
});
