package uk.gov.la.ei.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that takes a large body (a CSV import such as the national GIAS extract): it may
 * receive up to {@code platform.http.max-large-body}; every other endpoint up to
 * {@code platform.http.max-body}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LargeBody {
}
