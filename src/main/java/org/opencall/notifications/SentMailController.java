package org.opencall.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Lets administrators read what the application mailed, and what it could not.
 */
@Controller
class SentMailController {

	private final JdbcClient jdbc;

	SentMailController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/mail")
	String sentMail(Model model) {
		model.addAttribute("mails", this.jdbc.sql("""
				select idempotency_key, recipient, subject, body, status, attempts, created_at, sent_at, last_error,
				(select string_agg(a.file_name, ', ' order by a.position) from mail_attachments a
				 where a.mail_id = m.id) as attachments
				from mail_outbox m order by id desc limit 200
				""").query(SentMail.class).list());
		return "admin/mail";
	}

}
