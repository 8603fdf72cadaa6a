package org.opencall.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.mail.MailSendException;

/**
 * What a failed send met, in the words of the mail library and the network, without the
 * class names and nested traces of its exceptions: administrators read it on the mail
 * page ("Couldn't connect to host, port: mail.example.org, 25; timeout 5000 — Connection
 * refused").
 */
final class MailError {

	private static final Pattern CLASS_NAME = Pattern
		.compile("\\b(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

	private static final int MAX_LENGTH = 1000;

	private MailError() {
	}

	private static String words(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("") : "";
		return CLASS_NAME.matcher(message).replaceAll("").replaceAll("[;:\\s]+$", "").strip();
	}

	static String of(Throwable failure) {
		Throwable cause = failure;
		if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			cause = send.getFailedMessages().values().iterator().next();
		}
		List<String> said = new ArrayList<>();
		for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
			String message = words(cause);
			if (!message.isEmpty() && said.stream().noneMatch((earlier) -> earlier.contains(message))) {
				said.add(message);
			}
		}
		String words = said.isEmpty() ? "The mail server did not take the mail" : String.join(" — ", said);
		return (words.length() > MAX_LENGTH) ? words.substring(0, MAX_LENGTH) : words;
	}

}
