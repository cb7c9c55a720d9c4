/**
 * Value types and HTTP conventions every module uses: typed ids, problem details, pages.
 *
 * <p>Depends on nothing of ours.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.crewbid.shared;

import org.springframework.modulith.ApplicationModule;
