package org.opencall.bench;

import java.util.concurrent.atomic.AtomicLong;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to PostgreSQL: SQL statements (a batch of n counts
 * n), round trips (a batch counts one) and commits. Wraps the application's data source,
 * which the engine and the application share.
 */
final class SqlCounter implements BeanPostProcessor {

	private final AtomicLong statements = new AtomicLong();

	private final AtomicLong roundTrips = new AtomicLong();

	private final AtomicLong commits = new AtomicLong();

	/**
	 * While set, every statement and commit is printed (-Dbench.trace=true, for one
	 * round).
	 */
	private volatile boolean tracing;

	/** While set, connections taken from the pool go through the counter. */
	private volatile boolean counting;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
			DataSource counted = ProxyDataSourceBuilder.create(dataSource)
				.listener(new Queries())
				.methodListener(new Commits())
				.build();
			// the counter wraps every JDBC call; timed rounds take the pool's connections
			// as
			// they are
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					return SqlCounter.this.counting ? counted.getConnection() : super.getConnection();
				}

			};
		}
		return bean;
	}

	void counting(boolean on) {
		this.counting = on;
	}

	void trace(boolean on) {
		this.tracing = on && Boolean.getBoolean("bench.trace");
	}

	Snapshot snapshot() {
		return new Snapshot(this.statements.get(), this.roundTrips.get(), this.commits.get());
	}

	/** The counts at one moment; the difference of two tells what happened between. */
	record Snapshot(long statements, long roundTrips, long commits) {

		Snapshot minus(Snapshot earlier) {
			return new Snapshot(this.statements - earlier.statements, this.roundTrips - earlier.roundTrips,
					this.commits - earlier.commits);
		}

		Snapshot plus(Snapshot other) {
			return new Snapshot(this.statements + other.statements, this.roundTrips + other.roundTrips,
					this.commits + other.commits);
		}

		double statementsPer(int count) {
			return (double) this.statements / count;
		}

		double roundTripsPer(int count) {
			return (double) this.roundTrips / count;
		}

		double commitsPer(int count) {
			return (double) this.commits / count;
		}

		String per(int count) {
			return String.format("%.1f statements, %.1f round trips, %.2f commits", (double) this.statements / count,
					(double) this.roundTrips / count, (double) this.commits / count);
		}

	}

	private final class Queries implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, java.util.List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, java.util.List<QueryInfo> queries) {
			SqlCounter.this.roundTrips.incrementAndGet();
			SqlCounter.this.statements.addAndGet(execution.isBatch() ? Math.max(1, execution.getBatchSize()) : 1);
			if (SqlCounter.this.tracing) {
				queries.forEach((query) -> System.out.println("  SQL " + (execution.isBatch() ? "[batch] " : "")
						+ query.getQuery()
							.replaceAll("\\s+", " ")
							.substring(0, Math.min(160, query.getQuery().replaceAll("\\s+", " ").length()))));
			}
		}

	}

	private final class Commits implements MethodExecutionListener {

		@Override
		public void beforeMethod(MethodExecutionContext context) {
		}

		@Override
		public void afterMethod(MethodExecutionContext context) {
			if ("commit".equals(context.getMethod().getName())) {
				SqlCounter.this.commits.incrementAndGet();
				if (SqlCounter.this.tracing) {
					System.out.println("  COMMIT");
				}
			}
		}

	}

}
