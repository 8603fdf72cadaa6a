package org.opencall.notifications;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators' tools and monitoring: mail by status, and the retry of a
 * failed mail. An unknown mail is 404, one that is not failed 409, as problem details.
 */
@RestController
@RequestMapping("/api/admin/mail")
class MailAdminApiController {

	private final MailIncidents incidents;

	MailAdminApiController(MailIncidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping
	List<OutboxMail> list(@RequestParam(required = false) String status) {
		return this.incidents.list(status);
	}

	@PostMapping("/{id}/retry")
	OutboxMail retry(@PathVariable long id, Principal admin) {
		return this.incidents.retry(id, admin.getName());
	}

}
