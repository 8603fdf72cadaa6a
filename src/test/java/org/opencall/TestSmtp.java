package org.opencall;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the application mails to in tests; its port is
 * {@code -Dopencall.test.smtp-port} (default 3025), so that two checkouts can run their
 * suites side by side.
 */
public final class TestSmtp {

	public static final int PORT = Integer.getInteger("opencall.test.smtp-port", 3025);

	private TestSmtp() {
	}

	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

}
