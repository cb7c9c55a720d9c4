package modularitycycle.shipping;

import modularitycycle.payments.Payments;

public class Shipments {
  public boolean paid(Payments payments) {
    return payments.settled();
  }
}
