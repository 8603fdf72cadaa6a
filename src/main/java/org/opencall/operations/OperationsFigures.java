package org.opencall.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the whole installation that the metrics and the job executor's health
 * show, read with one SQL statement and kept for a few seconds: a scrape (or a health
 * check) costs at most one query, however many gauges read it. Plain SQL on the engine's
 * runtime tables and the outbox's status, so that counting never loads a task, a job or a
 * mail.
 */
@Component
class OperationsFigures {

	/** How long a reading is shown again before the database is asked anew. */
	static final Duration FRESH_FOR = Duration.ofSeconds(5);

	private static final String QUERY = """
			select 'task' as figure, d.key_ as name, count(*) as amount
			from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_
			group by d.key_
			union all
			select 'mail', lower(status), count(*) from mail_outbox
			where status in ('PENDING', 'FAILED') group by status
			union all
			select 'job', case when retries_ = 0 then 'failed' else 'due' end, count(*) from act_ru_job
			where retries_ = 0 or (retries_ > 0 and suspension_state_ = 1 and (duedate_ is null or duedate_ <= :now))
			group by case when retries_ = 0 then 'failed' else 'due' end
			union all
			select 'incident', 'open', count(*) from act_ru_incident
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private Reading last;

	/** When the last reading was taken, on the node's own monotonic clock. */
	private long lastReadAt;

	OperationsFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures, at most {@link #FRESH_FOR} old. Due jobs are due by the engine's
	 * clock; the age of a reading is the node's own time, which no clock change moves
	 * back.
	 */
	synchronized Reading current() {
		long now = System.nanoTime();
		if (this.last == null || now - this.lastReadAt >= FRESH_FOR.toNanos()) {
			this.last = read(this.clock.instant());
			this.lastReadAt = now;
		}
		return this.last;
	}

	/** Forgets the last reading, so that the next one asks the database. */
	synchronized void forget() {
		this.last = null;
	}

	private Reading read(Instant now) {
		Map<String, Long> amounts = new HashMap<>();
		this.jdbc.sql(QUERY)
			.param("now", Timestamp.from(now))
			.query((row, number) -> Map.entry(row.getString("figure") + ":" + row.getString("name"),
					row.getLong("amount")))
			.list()
			.forEach((entry) -> amounts.merge(entry.getKey(), entry.getValue(), Long::sum));
		return new Reading(now, Map.copyOf(amounts));
	}

	/** One reading of every figure. */
	record Reading(Instant at, Map<String, Long> amounts) {

		/** Open tasks of instances of the process model with this key. */
		long openTasks(String processKey) {
			return amount("task:" + processKey);
		}

		/** Open tasks of every process model. */
		Map<String, Long> openTasksByProcess() {
			Map<String, Long> tasks = new HashMap<>();
			this.amounts.forEach((key, amount) -> {
				if (key.startsWith("task:")) {
					tasks.put(key.substring("task:".length()), amount);
				}
			});
			return tasks;
		}

		/** Mail of the outbox in this status ({@code pending} or {@code failed}). */
		long mail(String status) {
			return amount("mail:" + status);
		}

		/** Jobs whose retries are used up: each waits for an admin as an incident. */
		long failedJobs() {
			return amount("job:failed");
		}

		/** Jobs due now that the job executor has still to run. */
		long dueJobs() {
			return amount("job:due");
		}

		long openIncidents() {
			return amount("incident:open");
		}

		private long amount(String key) {
			return this.amounts.getOrDefault(key, 0L);
		}

	}

}
