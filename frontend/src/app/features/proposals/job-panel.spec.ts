import { TestBed } from '@angular/core/testing';
import { byTestId, provideTestEnvironment } from '../../../testing/providers';
import { proposalDetail } from '../../../testing/proposals';
import { jobDetail } from '../jobs/jobs-testing';
import { JobDetail } from '../jobs/jobs-api';
import { JobPanel, proposalJobOf } from './job-panel';
import { ProposalJob } from './proposals-api';

describe('JobPanel', () => {
  async function render(detail: JobDetail | null = jobDetail(), job: Partial<ProposalJob> = {}) {
    TestBed.configureTestingModule({ imports: [JobPanel], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(JobPanel);
    fixture.componentRef.setInput('job', {
      ...proposalDetail().job,
      title: 'Shop <script>x</script>',
      ...job,
    });
    fixture.componentRef.setInput('detail', detail);
    await fixture.whenStable();
    return fixture;
  }

  it('shows the job as text: title, pay, client with their history, questions', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    expect(byTestId(root, 'proposal-job-title')!.textContent).toContain('Shop <script>x</script>');
    expect(root.querySelector('script')).toBeNull();
    expect(byTestId(root, 'proposal-job-pay')!.textContent).toContain('US$1,500');
    const client = byTestId(root, 'proposal-job-client')!.textContent!;
    expect(client).toContain('Fintech GmbH');
    expect(client).toContain('Germany');
    expect(client).toContain('rated 4.8 of 5');
    expect(client).toContain('Payment verified');
    expect(byTestId(root, 'proposal-job-description')!.textContent).toContain(
      'We build dashboards.',
    );
    expect(byTestId(root, 'proposal-job-description-toggle')).toBeNull();
    expect(byTestId(root, 'proposal-job-link')!.getAttribute('href')).toBe(
      '/jobs/1790000000000000001',
    );
  });

  it('copes with a copy whose Upwork content was forgotten after 24 hours', async () => {
    const forgotten = { clientName: null, budget: null, hourlyMin: null, hourlyMax: null };
    const cached = jobDetail({
      budget: { amount: '900.00', currency: 'USD' },
      client: { ...jobDetail().client, name: 'Nordlicht Bank AG' },
    });
    const fromCache = await render(cached, forgotten);
    expect(byTestId(fromCache.nativeElement, 'proposal-job-pay')!.textContent).toContain('US$900');
    const client = byTestId(fromCache.nativeElement, 'proposal-job-client')!.textContent!;
    expect(client).toContain('Nordlicht Bank AG');
    expect(client).toContain('Germany');
    expect(client).not.toContain('Unknown');
    TestBed.resetTestingModule();
    const kept = await render(cached, { clientName: 'Fintech GmbH' });
    const keptClient = byTestId(kept.nativeElement, 'proposal-job-client')!.textContent!;
    expect(keptClient).toContain('Fintech GmbH');
    expect(keptClient).not.toContain('Nordlicht');
    TestBed.resetTestingModule();
    const nameless = await render(jobDetail({ client: { ...jobDetail().client, name: null } }), {
      clientName: null,
    });
    expect(byTestId(nameless.nativeElement, 'proposal-job-client')!.textContent).toContain(
      'Unknown',
    );
    TestBed.resetTestingModule();
    const uncached = await render(null, { ...forgotten, coverLetterRequired: null });
    const root = uncached.nativeElement as HTMLElement;
    expect(byTestId(root, 'proposal-job-pay')!.textContent).toContain('no budget given');
    expect(byTestId(root, 'proposal-job-client')!.textContent).toContain('Unknown');
    expect(byTestId(root, 'proposal-job-title')).not.toBeNull();
  });

  it('summarises a long description and shows it all on request', async () => {
    const fixture = await render(jobDetail({ description: 'word '.repeat(200) }));
    const root = fixture.nativeElement as HTMLElement;
    const toggle = byTestId(root, 'proposal-job-description-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(root, 'proposal-job-description')!.textContent!.trim().endsWith('…')).toBe(
      true,
    );
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId(root, 'proposal-job-description')!.textContent!.trim()).toHaveLength(999);
  });

  it('takes a job of the cache in the shape of a proposal’s copy', () => {
    const job = proposalJobOf(jobDetail());
    expect(job.type).toBe('HOURLY');
    expect(job.clientName).toBe('Fintech GmbH');
    expect(job.clientId).toBe('1110580752008429568');
    expect(job.category).toBe('Web, Mobile & Software Dev');
    expect(job.screeningQuestions).toHaveLength(2);
    expect(proposalJobOf(jobDetail({ screeningQuestions: null })).screeningQuestions).toEqual([]);
  });
});
