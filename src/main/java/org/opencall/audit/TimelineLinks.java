package org.opencall.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the domain's records to the engine's entries of the same action. A person's
 * action is one transaction: the domain record and the engine's part of it (the task they
 * completed, the operation they ran) carry the same person and moments a few milliseconds
 * apart, while two actions of one person are a request apart. So a person's record links
 * to that person's engine entry nearest in time, within {@link #SAME_ACTION}, preferring
 * one no record took yet, if that entry has no record of theirs much nearer (which is its
 * own action's, the farther one an earlier action's). A person's action that moved a
 * process acting for nobody — a receipt starting the submission's process, an acceptance
 * ending the wait for it — links to the start or step of that process when each is the
 * other's nearest within the same span. Records of Opencall itself (no person) stay
 * unlinked: Opencall acts in many processes at once, and a guess would mislead more than
 * no link. Both sides of a link name each other.
 */
final class TimelineLinks {

	static final Duration SAME_ACTION = Duration.ofMillis(250);

	/**
	 * How far apart the records of one action may be: an entry links only the records of
	 * its person that are about as near to it as the nearest one, not an earlier
	 * action's.
	 */
	static final Duration ONE_TRANSACTION = Duration.ofMillis(50);

	private static final Set<String> PERSONS_ACTIONS = Set.of("process", "task", "operation", "comment");

	private static final Set<String> MOVED_BY_A_PERSON = Set.of("process", "activity");

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
		Map<String, Set<String>> links = new HashMap<>();
		Map<String, TimelineEntry> actionOf = new HashMap<>();
		List<TimelineEntry> persons = new ArrayList<>(records.stream().filter((r) -> r.actorId() != null).toList());
		persons.sort(IN_ORDER);
		List<TimelineEntry> theirs = engine.stream()
			.filter((e) -> e.actorId() != null && PERSONS_ACTIONS.contains(e.kind()))
			.toList();
		Map<String, Duration> nearestRecord = new HashMap<>();
		for (TimelineEntry e : theirs) {
			persons.stream()
				.filter((r) -> r.actorId().equals(e.actorId()))
				.map((r) -> apart(e, r))
				.min(Comparator.naturalOrder())
				.ifPresent((d) -> nearestRecord.put(e.id(), d));
		}
		List<TimelineEntry> unlinked = new ArrayList<>();
		for (TimelineEntry record : persons) {
			TimelineEntry action = theirs.stream()
				.filter((e) -> e.actorId().equals(record.actorId()) && near(e, record)
						&& apart(e, record).compareTo(nearestRecord.get(e.id()).plus(ONE_TRANSACTION)) <= 0)
				.min(Comparator.comparing((TimelineEntry e) -> apart(e, record))
					.thenComparing((e) -> links.containsKey(e.id()))
					.thenComparingLong(TimelineEntry::order))
				.orElse(null);
			if (action != null) {
				link(record, action, links, actionOf);
			}
			else {
				unlinked.add(record);
			}
		}
		List<TimelineEntry> moved = engine.stream()
			.filter((e) -> e.actorId() == null && MOVED_BY_A_PERSON.contains(e.kind()) && !e.event().startsWith("Ended")
					&& !e.event().startsWith("Cancelled"))
			.toList();
		Map<String, TimelineEntry> nearestOf = new HashMap<>();
		if (!unlinked.isEmpty()) {
			moved.forEach((e) -> nearestOf.put(e.id(), nearest(e, unlinked)));
		}
		for (TimelineEntry record : unlinked) {
			moved.stream()
				.filter((e) -> near(e, record) && nearestOf.get(e.id()) == record)
				.min(Comparator.comparing((TimelineEntry e) -> apart(e, record))
					.thenComparingLong(TimelineEntry::order))
				.ifPresent((action) -> link(record, action, links, actionOf));
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

	private static void link(TimelineEntry record, TimelineEntry action, Map<String, Set<String>> links,
			Map<String, TimelineEntry> actionOf) {
		links.computeIfAbsent(record.id(), (id) -> new LinkedHashSet<>()).add(action.id());
		links.computeIfAbsent(action.id(), (id) -> new LinkedHashSet<>()).add(record.id());
		actionOf.put(record.id(), action);
	}

	/** The record nearest the entry; of equally near ones, the first. */
	private static TimelineEntry nearest(TimelineEntry action, List<TimelineEntry> records) {
		return records.stream().min(Comparator.comparing((TimelineEntry record) -> apart(action, record))).orElse(null);
	}

	private static boolean near(TimelineEntry a, TimelineEntry b) {
		return apart(a, b).compareTo(SAME_ACTION) <= 0;
	}

	private static Duration apart(TimelineEntry a, TimelineEntry b) {
		return Duration.between(a.at(), b.at()).abs();
	}

}
