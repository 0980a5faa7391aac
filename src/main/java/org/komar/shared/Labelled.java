package org.komar.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum whose values people read: each value {@code V} needs the message {@code <prefix>V} in every
 * bundle, in Khmer and English ({@code MessageBundlesTest} finds these enums and checks).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Labelled {

    /** The message key prefix, e.g. {@code "sex."}. */
    String value();
}
