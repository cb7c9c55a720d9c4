/** Shipping may use payments (its charter allows it): the only fault is the cycle. */
@ApplicationModule(allowedDependencies = {"payments"})
package modularitycycle.shipping;

import org.springframework.modulith.ApplicationModule;
