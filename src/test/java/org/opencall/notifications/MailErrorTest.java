package org.opencall.notifications;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators read why a mail was not sent in words, without class names. */
class MailErrorTest {

	@Test
	void aRefusedConnectionIsToldWithoutTheExceptionsClassNames() {
		MessagingException refused = new MessagingException(
				"Couldn't connect to host, port: localhost, 3112; timeout 5000;\n  nested exception is:\n\t"
						+ "java.net.ConnectException: Connection refused",
				new ConnectException("Connection refused"));
		String error = MailError.of(new MailSendException(Map.of("message", refused)));
		assertThat(error)
			.isEqualTo("Couldn't connect to host, port: localhost, 3112; timeout 5000 — Connection refused");
	}

	@Test
	void aMessageThatNamesAClassLosesTheName() {
		assertThat(MailError
			.of(new IllegalStateException("org.eclipse.angus.mail.smtp.SMTPSendFailedException: 552 Mailbox full")))
			.isEqualTo("552 Mailbox full");
		assertThat(MailError.of(new IllegalStateException())).isEqualTo("The mail server did not take the mail");
	}

}
