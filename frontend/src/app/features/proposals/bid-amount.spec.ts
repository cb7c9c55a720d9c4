import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../../testing/providers';
import { BidAmount } from './bid-amount';

describe('BidAmount', () => {
  async function render(bid: unknown, empty?: string): Promise<string> {
    TestBed.configureTestingModule({ imports: [BidAmount], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(BidAmount);
    fixture.componentRef.setInput('bid', bid);
    if (empty !== undefined) {
      fixture.componentRef.setInput('empty', empty);
    }
    await fixture.whenStable();
    return fixture.nativeElement.textContent.trim();
  }

  it('shows a fixed bid in the locale’s way', async () => {
    expect(await render({ type: 'FIXED', amount: { amount: '1500.00', currency: 'USD' } })).toBe(
      'US$1,500',
    );
  });

  it('shows an hourly bid per hour', async () => {
    expect(await render({ type: 'HOURLY', amount: { amount: '45.50', currency: 'EUR' } })).toBe(
      '€45.50 per hour',
    );
  });

  it('says there is none', async () => {
    expect(await render(null)).toBe('—');
    TestBed.resetTestingModule();
    expect(await render({ type: 'FIXED', amount: null }, 'Not set')).toBe('Not set');
  });
});
