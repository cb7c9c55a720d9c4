package com.crewbid.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least agency role a controller method (or every method of a controller) needs. Checked before
 * the request body is read or validated, so a caller without the role learns nothing but 403.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresAgencyRole {
  AgencyRole value();
}
