package org.matchday.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The one access rule of an endpoint; an endpoint without one is refused to everybody. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {
    AccessRule value();

    /**
     * Whether a change may be made to an archived event (restoring, deleting, copying it). Other changes to an
     * archived event are refused with 409: it is read-only until restored.
     */
    boolean whileArchived() default false;
}
