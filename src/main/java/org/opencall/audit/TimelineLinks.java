package org.opencall.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Joins the domain's records to the engine's entries of the same action. A record is the
 * trace of something a person (or Opencall) did in one transaction, and the engine wrote
 * its part of it in the same transaction, so both carry the same actor and the same
 * moment: a record links to the engine entry of the same actor (Opencall for records
 * without one) nearest in time, within one second, preferring an entry no record took
 * yet. A person's record with no entry of theirs — an action that started a process
 * acting for nobody, such as a receipt starting the submission's process — links to the
 * process start it is nearest to, if no other record is nearer. Variable changes and
 * incidents are never an action's own entry. Both sides then name each other.
 */
final class TimelineLinks {

	static final Duration SAME_ACTION = Duration.ofSeconds(1);

	private static final Set<String> ACTIONS = Set.of("process", "activity", "timer", "task", "operation", "comment");

	/**
	 * By time; at one instant in the order the engine wrote its entries, each linked
	 * record right after its entry, then the records linked to none, oldest first.
	 */
	static final Comparator<TimelineEntry> IN_ORDER = Comparator.comparing(TimelineEntry::at)
		.thenComparingLong(TimelineEntry::order)
		.thenComparing(TimelineEntry::isRecord)
		.thenComparing(TimelineEntry::id);

	private TimelineLinks() {
	}

	/** The engine's entries and the records, linked, in the order they happened. */
	static List<TimelineEntry> join(List<TimelineEntry> engine, List<TimelineEntry> records) {
		List<TimelineEntry> actions = engine.stream().filter((e) -> ACTIONS.contains(e.kind())).toList();
		Map<String, Set<String>> links = new HashMap<>();
		Map<String, TimelineEntry> actionOf = new HashMap<>();
		List<TimelineEntry> sortedRecords = new ArrayList<>(records);
		sortedRecords.sort(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::order));
		Map<String, TimelineEntry> startedBy = new HashMap<>();
		actions.stream()
			.filter((action) -> action.actorId() == null && "process".equals(action.kind())
					&& action.event().startsWith("Started"))
			.forEach((start) -> {
				TimelineEntry nearest = nearestRecord(start, sortedRecords);
				if (nearest != null) {
					startedBy.put(start.id(), nearest);
				}
			});
		for (TimelineEntry record : sortedRecords) {
			TimelineEntry action = sameActor(record, actions, links);
			if (action == null && record.actorId() != null) {
				action = startedBy(record, actions, startedBy);
			}
			if (action != null) {
				links.computeIfAbsent(record.id(), (id) -> new LinkedHashSet<>()).add(action.id());
				links.computeIfAbsent(action.id(), (id) -> new LinkedHashSet<>()).add(record.id());
				actionOf.put(record.id(), action);
			}
		}
		List<TimelineEntry> all = new ArrayList<>(engine.size() + records.size());
		for (TimelineEntry entry : engine) {
			all.add(links.containsKey(entry.id()) ? entry.linkedTo(List.copyOf(links.get(entry.id())), null) : entry);
		}
		for (TimelineEntry record : records) {
			all.add(links.containsKey(record.id())
					? record.linkedTo(List.copyOf(links.get(record.id())), actionOf.get(record.id())) : record);
		}
		all.sort(IN_ORDER);
		return all;
	}

	private static TimelineEntry sameActor(TimelineEntry record, List<TimelineEntry> actions,
			Map<String, Set<String>> links) {
		return actions.stream()
			.filter((action) -> Objects.equals(action.actorId(), record.actorId()))
			.filter((action) -> apart(action, record).compareTo(SAME_ACTION) <= 0)
			.min(Comparator.comparing((TimelineEntry action) -> apart(action, record))
				.thenComparing((action) -> links.containsKey(action.id()))
				.thenComparingLong(TimelineEntry::order))
			.orElse(null);
	}

	private static TimelineEntry startedBy(TimelineEntry record, List<TimelineEntry> actions,
			Map<String, TimelineEntry> nearestRecords) {
		return actions.stream()
			.filter((action) -> nearestRecords.get(action.id()) == record)
			.filter((action) -> apart(action, record).compareTo(SAME_ACTION) <= 0)
			.min(Comparator.comparing((TimelineEntry action) -> apart(action, record))
				.thenComparingLong(TimelineEntry::order))
			.orElse(null);
	}

	/** The person's record nearest the entry; of equally near ones, the later kept. */
	private static TimelineEntry nearestRecord(TimelineEntry action, List<TimelineEntry> records) {
		return records.stream()
			.filter((record) -> record.actorId() != null)
			.min(Comparator.comparing((TimelineEntry record) -> apart(action, record))
				.thenComparing(Comparator.comparingLong(TimelineEntry::order).reversed()))
			.orElse(null);
	}

	private static Duration apart(TimelineEntry a, TimelineEntry b) {
		return Duration.between(a.at(), b.at()).abs();
	}

}
