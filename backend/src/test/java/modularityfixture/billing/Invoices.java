package modularityfixture.billing;

import modularityfixture.orders.Orders;

/** Reaches into a module its charter does not allow. */
public class Invoices {
  public int total(Orders orders) {
    return orders.count();
  }
}
