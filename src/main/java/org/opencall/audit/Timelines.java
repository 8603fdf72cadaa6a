package org.opencall.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.opencall.identity.Directory;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * A subject's timeline for a user who may read it: the engine's history of every process
 * about it joined with the domain's audit records naming it (a call's: those about the
 * call itself), linked, then filtered.
 */
@Component
class Timelines {

	/** The kinds of the engine's entries, in the order the filter offers them. */
	static final List<String> ENGINE_KINDS = List.of("process", "activity", "task", "timer", "variable", "comment",
			"incident", "operation");

	private final SubjectReading reading;

	private final SubjectProcesses processes;

	private final EngineHistory engine;

	private final DomainRecords records;

	private final Directory directory;

	Timelines(SubjectReading reading, SubjectProcesses processes, EngineHistory engine, DomainRecords records,
			Directory directory) {
		this.reading = reading;
		this.processes = processes;
		this.engine = engine;
		this.records = records;
		this.directory = directory;
	}

	/**
	 * The timeline as the filter shows it; a filter that cannot hold is refused once the
	 * user may read the subject (those who may not learn nothing from the refusal).
	 * @param refuseInvalid whether a filter that cannot hold is refused, or its valid
	 * part applied (a page shows the refusal beside its field)
	 */
	Timeline of(String userId, AuditSubject kind, String reference, TimelineFilter filter, boolean refuseInvalid) {
		ReadableSubject subject = this.reading.read(userId, kind, reference);
		if (refuseInvalid && !filter.violations().isEmpty()) {
			throw new InvalidInputException(filter.violations());
		}
		List<HistoricProcessInstance> instances = this.processes.of(kind, reference);
		Function<String, String> names = names();
		List<TimelineEntry> all = TimelineLinks.join(this.engine.of(instances, names), RecordEntries.of(
				(kind == AuditSubject.CALL) ? this.records.aboutItself(reference) : this.records.about(reference),
				names));
		if (kind == AuditSubject.SUBMISSION) {
			String grant = AuditSubject.grantOf(reference);
			if (instances.stream().anyMatch((instance) -> grant.equals(instance.getBusinessKey()))) {
				subject = subject.with(new ReadableSubject.Related(AuditSubject.GRANT, grant));
			}
		}
		List<TimelineEntry> shown = filter.isEmpty() ? all : all.stream().filter(filter::shows).toList();
		return new Timeline(subject, instances.stream().map(EngineHistory::process).toList(), people(all), kinds(all),
				filter, shown, all.size(), linkLabels(all));
	}

	/**
	 * "Score submitted (record)", "Evaluate: completed by Eva (eva)": the linked entries.
	 */
	private static Map<String, String> linkLabels(List<TimelineEntry> entries) {
		Set<String> linked = new HashSet<>();
		entries.forEach((entry) -> linked.addAll(entry.links()));
		Map<String, String> labels = new HashMap<>();
		for (TimelineEntry entry : entries) {
			if (linked.contains(entry.id())) {
				labels.put(entry.id(), entry.isRecord() ? entry.event() + " (record)"
						: entry.event() + " (" + entry.process().name().toLowerCase() + ")");
			}
		}
		return labels;
	}

	private static List<Timeline.Person> people(List<TimelineEntry> entries) {
		Map<String, String> people = new TreeMap<>();
		entries.stream()
			.filter((entry) -> entry.actorId() != null)
			.forEach((entry) -> people.putIfAbsent(entry.actorId(), entry.actor()));
		List<Timeline.Person> list = new ArrayList<>();
		people.forEach((id, name) -> list.add(new Timeline.Person(id, name)));
		list.sort(Comparator.comparing(Timeline.Person::name, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

	private static List<String> kinds(List<TimelineEntry> entries) {
		Set<String> present = new LinkedHashSet<>();
		entries.forEach((entry) -> present.add(entry.kind()));
		List<String> kinds = new ArrayList<>(ENGINE_KINDS.stream().filter(present::contains).toList());
		present.stream().filter((kind) -> !ENGINE_KINDS.contains(kind)).sorted().forEach(kinds::add);
		return kinds;
	}

	/** "Olivia Okafor (olivia)", each person looked up once per timeline. */
	private Function<String, String> names() {
		Map<String, String> known = new HashMap<>();
		return (userId) -> known.computeIfAbsent(userId,
				(id) -> this.directory.person(id).map((person) -> person.displayName() + " (" + id + ")").orElse(id));
	}

}
