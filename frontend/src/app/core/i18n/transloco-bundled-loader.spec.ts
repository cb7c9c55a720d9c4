import { TranslocoBundledLoader } from './transloco-bundled-loader';

describe('TranslocoBundledLoader', () => {
  const loader = new TranslocoBundledLoader();

  it('loads the Ukrainian texts', async () => {
    const uk = (await loader.getTranslation('uk')) as { signIn: { submit: string } };
    expect(uk.signIn.submit).toBe('Увійти');
  });

  it('fails for a language that is not shipped', async () => {
    await expect(loader.getTranslation('de')).rejects.toThrow('No translation for "de"');
  });
});
