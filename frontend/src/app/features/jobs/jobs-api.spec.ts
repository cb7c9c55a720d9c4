import { compact, criteriaFromParams, criteriaParams } from './jobs-api';

describe('job criteria', () => {
  it('leaves empty values out', () => {
    expect(
      compact({
        keywords: '  angular ',
        categoryIds: [],
        jobType: null,
        budgetMin: 100,
        paymentVerified: false,
      }),
    ).toEqual({ keywords: 'angular', budgetMin: 100 });
  });

  it('round-trips through query parameters', () => {
    const criteria = {
      keywords: 'react -native',
      categoryIds: ['531770282580668418', '531770282580668421'],
      jobType: 'FIXED' as const,
      budgetMin: 500,
      budgetMax: 800,
      experienceLevel: 'EXPERT' as const,
      clientRatingMin: 4.5,
      paymentVerified: true,
      postedWithinHours: 24,
      proposalsMax: 10,
    };

    expect(criteriaFromParams(criteriaParams(criteria))).toEqual(criteria);
  });

  it('drops values the API would refuse when reading a URL', () => {
    expect(
      criteriaFromParams({ jobType: 'SALARIED', budgetMin: 'lots', categoryIds: 'only-one' }),
    ).toEqual({ categoryIds: ['only-one'] });
  });
});
