package org.opencall.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a cluster's shared database must show after a call ran through it: read with plain
 * SQL from the engine's history, the outbox and the session tables, as an operator would
 * check it, and the reminder timers brought forward the way the engine's job due date is
 * set.
 */
final class ClusterRecords {

	private final ScratchDatabase database;

	ClusterRecords(ScratchDatabase database) {
		this.database = database;
	}

	int bringRemindersForward(List<String> proposals) throws SQLException {
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			return statement.executeUpdate(
					"""
							update act_ru_job set duedate_ = now() - interval '1 second'
							where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'Event_ScoringReminder')
							and process_instance_id_ in (select proc_inst_id_ from act_ru_execution where business_key_ in ('%s'))
							"""
						.formatted(String.join("','", proposals)));
		}
	}

	// what the cluster must have kept

	void everyTimerFiredOnce() throws SQLException {
		Map<String, Long> firings = groups("""
				select job_id_, count(*) from act_hi_job_log
				where job_def_type_ like 'timer%' and job_state_ = 2 group by job_id_""");
		assertThat(firings).as("timer jobs that fired").isNotEmpty();
		assertThat(firings.values()).as("successful executions per timer job").containsOnly(1L);
		Map<String, Long> timerActivities = groups("""
				select parent_act_inst_id_ || ' ' || act_id_, count(*) from act_hi_actinst
				where act_type_ in ('intermediateTimer', 'boundaryTimer') group by parent_act_inst_id_, act_id_""");
		assertThat(timerActivities.values()).as("timer events passed per instance (per slot)").containsOnly(1L);
		assertThat(groups("""
				select act_id_, count(*) from act_hi_actinst
				where act_type_ in ('intermediateTimer', 'boundaryTimer') group by act_id_""")).as("timers that fired")
			.containsEntry("Event_ScoringReminder", 6L)
			.hasSizeGreaterThanOrEqualTo(3);
		System.out.println("Timers fired: " + groups("""
				select act_id_, count(*) from act_hi_actinst
				where act_type_ in ('intermediateTimer', 'boundaryTimer') group by act_id_"""));
	}

	void everyMailWentOutOnce(GreenMailExtension smtp) throws Exception {
		awaitCount("mail still in the outbox", Duration.ofSeconds(60), 0,
				"select count(*) from mail_outbox where status <> 'SENT'");
		long outbox = count("select count(*) from mail_outbox");
		smtp.waitForIncomingEmail(10_000, (int) outbox);
		Map<String, Integer> received = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			received.merge(header(message, "X-Opencall-Idempotency-Key"), 1, Integer::sum);
		}
		assertThat(received.values()).as("deliveries per idempotency key").containsOnly(1);
		assertThat(received).hasSize((int) outbox);
		assertThat(received.keySet()).as("reminders")
			.filteredOn((key) -> key.contains("remind"))
			.hasSizeGreaterThanOrEqualTo(6);
		System.out.println("Mail sent once each: " + outbox);
	}

	void eachTaskExistsOnceAndWasCompletedOnce(List<String> proposals, Map<String, List<String>> experts)
			throws SQLException {
		for (String proposal : proposals) {
			Map<String, Long> tasks = groups("""
					select t.task_def_key_ || ' ' || t.assignee_, count(*) from act_hi_taskinst t
					join act_hi_procinst p on p.id_ = t.proc_inst_id_
					where p.business_key_ = '%s' and p.proc_def_key_ = 'evaluation' and t.end_time_ is not null
					and t.delete_reason_ = 'completed'
					group by t.task_def_key_, t.assignee_""".formatted(proposal));
			for (String expert : experts.get(proposal)) {
				assertThat(tasks).containsEntry("Task_DeclareConflicts " + expert, 1L)
					.containsEntry("Task_ScoreSubmission " + expert, 1L);
			}
			assertThat(tasks.values()).as("completions per task and person on " + proposal).containsOnly(1L);
			assertThat(count("""
					select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
					where p.business_key_ = '%s' and t.end_time_ is null""".formatted(proposal)))
				.as("open tasks left on " + proposal)
				.isZero();
		}
	}

	void bothNodesExecutedJobs() throws SQLException {
		Map<String, Long> jobs = groups(
				"select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
		System.out.println("Jobs executed per node: " + jobs);
		assertThat(jobs).containsKeys("node-a", "node-b");
	}

	long count(String sql) throws SQLException {
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	void awaitCount(String what, Duration timeout, long expected, String sql) throws Exception {
		Instant until = Instant.now().plus(timeout);
		long now = count(sql);
		while (now != expected && Instant.now().isBefore(until)) {
			Thread.sleep(500);
			now = count(sql);
		}
		assertThat(now).as(what).isEqualTo(expected);
	}

	Map<String, Long> groups(String sql) throws SQLException {
		Map<String, Long> groups = new LinkedHashMap<>();
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				groups.put(rows.getString(1), rows.getLong(2));
			}
		}
		return groups;
	}

	Map<String, Long> sessionTableActivity() throws SQLException {
		Map<String, Long> activity = new LinkedHashMap<>();
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del
						from pg_stat_user_tables where relname in ('spring_session', 'spring_session_attributes')""")) {
			while (rows.next()) {
				String table = rows.getString(1);
				activity.put(table + ".scans", rows.getLong(2));
				activity.put(table + ".n_tup_ins", rows.getLong(3));
				activity.put(table + ".n_tup_upd", rows.getLong(4));
				activity.put(table + ".n_tup_del", rows.getLong(5));
			}
		}
		return activity;
	}

	String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values != null && values.length > 0) ? values[0] : "(none) " + message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
