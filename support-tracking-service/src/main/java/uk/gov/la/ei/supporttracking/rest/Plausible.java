package uk.gov.la.ei.supporttracking.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A date or time this service can mean: between 2000 and 2100. Anything else is a typing slip (or hostile) and
 * would not fit the database's range either.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {Plausible.ForInstant.class, Plausible.ForDate.class})
public @interface Plausible {
    String message() default "must be between 2000-01-01 and 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    class ForInstant implements ConstraintValidator<Plausible, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(Instant.parse("2000-01-01T00:00:00Z")) && !value.isAfter(Instant.parse("2100-12-31T23:59:59Z"));
        }
    }

    class ForDate implements ConstraintValidator<Plausible, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
        }
    }
}
