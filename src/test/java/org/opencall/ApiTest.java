package org.opencall;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test through the real HTTP API, with the SMTP server the application mails to.
 */
@OpencallTest
public abstract class ApiTest {

	@RegisterExtension
	protected static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	protected TestRestTemplate http;

	protected JsonApi api;

	@LocalServerPort
	protected int port;

	@BeforeEach
	void connectApi() {
		this.api = new JsonApi(this.http);
	}

	/** A demo user logged in on the pages (session cookie and CSRF token). */
	protected PageSession session(String user) {
		return PageSession.of(user, this.port);
	}

}
