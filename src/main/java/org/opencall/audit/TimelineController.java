package org.opencall.audit;

import java.security.Principal;

import org.opencall.platform.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The history of a call, need, proposal or grant as a page —
 * {@code /audit/calls/HC-2027-01}, {@code /audit/needs/N-000004},
 * {@code /audit/submissions/S-000012}, {@code /audit/grants/GA-S-000012} — filtered by
 * person, kind and days, with its processes' diagrams, and as CSV and PDF downloads of
 * what the filter shows. A filter that cannot hold is refused beside its field; the rest
 * of the filter still applies.
 */
@Controller
class TimelineController {

	private final Timelines timelines;

	private final TimelineExports exports;

	TimelineController(Timelines timelines, TimelineExports exports) {
		this.timelines = timelines;
		this.exports = exports;
	}

	@GetMapping("/audit/{subject}/{reference}")
	String timeline(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user,
			Model model) {
		TimelineFilter filter = TimelineFilter.of(actor, kind, from, to);
		Timeline timeline = this.timelines.of(user.getName(), subjectOf(subject), reference, filter, false);
		model.addAttribute("timeline", timeline);
		model.addAttribute("subject", timeline.subject().subject());
		model.addAttribute("reference", reference);
		model.addAttribute("title", timeline.subject().title());
		model.addAttribute("entries", timeline.entries());
		model.addAttribute("filter", filter);
		model.addAttribute("input", new FilterInput(actor, kind, from, to));
		model.addAttribute("query", TimelineExports.query(filter));
		return "audit/timeline";
	}

	@GetMapping("/audit/{subject}/{reference}/timeline.csv")
	ResponseEntity<byte[]> csv(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return this.exports.csv(timeline(user, subject, reference, actor, kind, from, to));
	}

	@GetMapping("/audit/{subject}/{reference}/timeline.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String subject, @PathVariable String reference,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return this.exports.pdf(timeline(user, subject, reference, actor, kind, from, to));
	}

	private Timeline timeline(Principal user, String subject, String reference, String actor, String kind, String from,
			String to) {
		return this.timelines.of(user.getName(), subjectOf(subject), reference,
				TimelineFilter.of(actor, kind, from, to), true);
	}

	static AuditSubject subjectOf(String path) {
		return AuditSubject.ofPath(path).orElseThrow(() -> new NotFoundException("No history of " + path + " is kept"));
	}

	/** The filter as typed, shown back in its fields. */
	record FilterInput(String actor, String kind, String from, String to) {
	}

}
