package org.opencall.audit;

import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline of a call, need, proposal or grant as JSON, CSV and PDF —
 * {@code GET /api/audit/submissions/S-000012?actor=&kind=&from=&to=} — and the diagram of
 * one of its processes with the path taken. A filter that cannot hold is an RFC 9457
 * problem naming the field.
 */
@RestController
class TimelineApiController {

	private final Timelines timelines;

	private final TimelineExports exports;

	private final SubjectReading reading;

	private final ProcessDiagrams diagrams;

	TimelineApiController(Timelines timelines, TimelineExports exports, SubjectReading reading,
			ProcessDiagrams diagrams) {
		this.timelines = timelines;
		this.exports = exports;
		this.reading = reading;
		this.diagrams = diagrams;
	}

	@GetMapping("/api/audit/{subject}/{reference}")
	TimelineJson timeline(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return TimelineJson.of(read(user, subject, reference, actor, kind, from, to));
	}

	@GetMapping("/api/audit/{subject}/{reference}/timeline.csv")
	ResponseEntity<byte[]> csv(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return this.exports.csv(read(user, subject, reference, actor, kind, from, to));
	}

	@GetMapping("/api/audit/{subject}/{reference}/timeline.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return this.exports.pdf(read(user, subject, reference, actor, kind, from, to));
	}

	/**
	 * A process instance's model, the elements it passed through and those it waits in:
	 * for those who may read the history of its subject.
	 */
	@GetMapping("/api/audit/processes/{instanceId}/diagram")
	ProcessDiagrams.Diagram diagram(@PathVariable String instanceId, Principal user) {
		return this.diagrams.of(this.reading.instance(user.getName(), instanceId));
	}

	private Timeline read(Principal user, String subject, String reference, String actor, String kind, String from,
			String to) {
		return this.timelines.of(user.getName(), TimelineController.subjectOf(subject), reference,
				TimelineFilter.of(actor, kind, from, to), true);
	}

	/** The timeline as the API answers it. */
	record TimelineJson(String subject, String reference, String title, Filter filter, List<Related> related,
			List<Process> processes, int total, int count, List<TimelineEntry> entries) {

		static TimelineJson of(Timeline timeline) {
			ReadableSubject subject = timeline.subject();
			TimelineFilter filter = timeline.filter();
			return new TimelineJson(subject.subject().path(), subject.reference(), subject.title(),
					new Filter(filter.actor(), filter.kind(), (filter.from() != null) ? filter.from().toString() : null,
							(filter.to() != null) ? filter.to().toString() : null),
					subject.related()
						.stream()
						.map((r) -> new Related(r.subject().path(), r.reference(), "/api" + r.href()))
						.toList(),
					timeline.processes()
						.stream()
						.map((p) -> new Process(p.instanceId(), p.key(), p.name(), p.businessKey(),
								p.started().toString(), (p.ended() != null) ? p.ended().toString() : null,
								"/api/audit/processes/" + p.instanceId() + "/diagram"))
						.toList(),
					timeline.total(), timeline.entries().size(), timeline.entries());
		}

	}

	record Filter(String actor, String kind, String from, String to) {
	}

	record Related(String subject, String reference, String timeline) {
	}

	record Process(String instanceId, String key, String name, String businessKey, String started, String ended,
			String diagram) {
	}

}
