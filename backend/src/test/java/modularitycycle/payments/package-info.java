/** Payments may use shipping (its charter allows it): the only fault is the cycle. */
@ApplicationModule(allowedDependencies = {"shipping"})
package modularitycycle.payments;

import org.springframework.modulith.ApplicationModule;
