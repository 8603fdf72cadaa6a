package org.opencall.platform;

import org.springframework.core.convert.converter.Converter;

/**
 * How a value of a module's aggregate is stored in a column and read back; each module
 * declares its own as beans, and the persistence configuration registers them all.
 * Implementations carry {@code @WritingConverter} or {@code @ReadingConverter}.
 */
public interface ColumnConverter<S, T> extends Converter<S, T> {

}
