package com.crewbid.upwork.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Marks a sandbox bean: it exists only in a web application with {@code
 * crewbid.upwork.sandbox.enabled=true}. Every bean of the sandbox carries it, because component
 * scanning finds them one by one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(SandboxProperties.ENABLED)
@interface SandboxEnabled {}
