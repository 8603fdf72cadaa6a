package org.opencall.audit;

import java.security.Principal;

import org.opencall.identity.Directory;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The history of a call, need or proposal as a page: {@code /audit/calls/HC-2027-01},
 * {@code /audit/needs/N-000004}, {@code /audit/submissions/S-000012}.
 */
@Controller
class TimelineController {

	private final SubjectReading reading;

	private final EngineHistory history;

	private final Directory directory;

	TimelineController(SubjectReading reading, EngineHistory history, Directory directory) {
		this.reading = reading;
		this.history = history;
		this.directory = directory;
	}

	@GetMapping("/audit/{kind}/{reference}")
	String timeline(@PathVariable String kind, @PathVariable String reference, Principal user, Model model) {
		AuditSubject subject = AuditSubject.ofPath(kind)
			.orElseThrow(() -> new NotFoundException("No history of " + kind + " is kept"));
		String title = this.reading.titleFor(user.getName(), subject, reference);
		model.addAttribute("subject", subject);
		model.addAttribute("reference", reference);
		model.addAttribute("title", title);
		model.addAttribute("entries", this.history.of(subject, reference, this::nameOf));
		return "audit/timeline";
	}

	private String nameOf(String userId) {
		return this.directory.person(userId).map((person) -> person.displayName() + " (" + userId + ")").orElse(userId);
	}

}
