/** Billing may use nothing else. */
@ApplicationModule(allowedDependencies = {})
package modularityfixture.billing;

import org.springframework.modulith.ApplicationModule;
