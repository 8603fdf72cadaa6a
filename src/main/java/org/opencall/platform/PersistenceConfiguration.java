package org.opencall.platform;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Spring Data JDBC stores the aggregates of every module, with the column converters the
 * modules declare. A save of an aggregate changed by someone else since it was read fails
 * with {@link OptimisticLockingFailureException}, answered as a state conflict.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.opencall")
class PersistenceConfiguration extends AbstractJdbcConfiguration {

	private final List<ColumnConverter<?, ?>> converters;

	PersistenceConfiguration(List<ColumnConverter<?, ?>> converters) {
		this.converters = converters;
	}

	@Override
	protected List<?> userConverters() {
		return this.converters;
	}

}
