package modularitycycle.payments;

import modularitycycle.shipping.Shipments;

public class Payments {
  public boolean settled() {
    return true;
  }

  public boolean refundable(Shipments shipments) {
    return !shipments.paid(this);
  }
}
