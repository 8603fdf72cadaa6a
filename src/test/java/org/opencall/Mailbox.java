package org.opencall;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

/**
 * Waits for mail that the outbox sends after commit to arrive at the test's SMTP server.
 */
public final class Mailbox {

	private Mailbox() {
	}

	/**
	 * The mails whose subject passes, once at least {@code expected} arrived or ten
	 * seconds passed.
	 */
	public static List<MimeMessage> await(GreenMailExtension smtp, Predicate<String> subject, int expected) {
		long until = System.currentTimeMillis() + 10_000;
		List<MimeMessage> found = List.of();
		while (System.currentTimeMillis() < until) {
			found = Arrays.stream(smtp.getReceivedMessages()).filter((m) -> subject.test(subjectOf(m))).toList();
			if (found.size() >= expected) {
				return found;
			}
			smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
		}
		return found;
	}

	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

}
