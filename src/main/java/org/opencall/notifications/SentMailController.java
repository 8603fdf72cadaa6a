package org.opencall.notifications;

import java.security.Principal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets administrators read what the application mailed, and what it could not: the failed
 * mails come first, each with a button that sends it back to the outbox.
 */
@Controller
class SentMailController {

	private final JdbcClient jdbc;

	private final MailIncidents incidents;

	SentMailController(JdbcClient jdbc, MailIncidents incidents) {
		this.jdbc = jdbc;
		this.incidents = incidents;
	}

	@GetMapping("/admin/mail")
	String sentMail(Model model) {
		model.addAttribute("failed", this.incidents.list("FAILED"));
		model.addAttribute("mails", this.jdbc.sql("""
				select idempotency_key, recipient, subject, body, status, attempts, created_at, sent_at, last_error,
				(select string_agg(a.file_name, ', ' order by a.position) from mail_attachments a
				 where a.mail_id = m.id) as attachments
				from mail_outbox m order by id desc limit 200
				""").query(SentMail.class).list());
		return "admin/mail";
	}

	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
		OutboxMail mail = this.incidents.retry(id, admin.getName());
		redirect.addFlashAttribute("message",
				"The mail to " + mail.recipient() + " is back in the outbox: it is sent at the next run.");
		return "redirect:/admin/mail";
	}

}
