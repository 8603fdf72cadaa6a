package org.opencall.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default run's own SMTP server, so that mail goes somewhere on a fresh machine; the
 * administrators' mail page shows what was sent. Off when a real server is configured.
 */
@Component
@ConditionalOnProperty(name = "opencall.mail.embedded-smtp.enabled", havingValue = "true")
class EmbeddedSmtpServer {

	private final GreenMail server;

	EmbeddedSmtpServer(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
		this.server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	@PreDestroy
	void stop() {
		this.server.stop();
	}

}
