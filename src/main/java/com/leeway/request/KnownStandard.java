package com.leeway.request;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.leeway.ruling.RuleEvaluator;

/**
 * The value names a standard of the active rule set, so an unknown key is reported with the other field errors.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = KnownStandard.Validator.class)
public @interface KnownStandard {

	String message() default "{request.standardKey.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownStandard, String> {

		private final RuleEvaluator rulings;

		Validator(RuleEvaluator rulings) {
			this.rulings = rulings;
		}

		@Override
		public boolean isValid(String key, ConstraintValidatorContext context) {
			// Blank keys are reported by @NotBlank; say only one thing per field.
			return key == null || key.isBlank() || rulings.standards().find(key.trim()).isPresent();
		}

	}

}
