package org.opencall.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding an amount of money: read as people type amounts ("50,000", "50
 * 000", "€50,000.00", "50000.5") and shown with thousands separators ("50,000",
 * "50,000.50"). A value that is not an amount is refused on its field with the message
 * {@code typeMismatch.java.math.BigDecimal} of the page messages.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Amount {

}
