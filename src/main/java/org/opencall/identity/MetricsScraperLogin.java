package org.opencall.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The metrics scraper's account: one user name and password from the settings
 * ({@code opencall.metrics.scraper-username}, {@code -password}), good for
 * {@code /actuator/prometheus} only, kept in memory and in no user store. Without both
 * settings there is no such account. It answers only a right password of a client the
 * {@link LoginThrottle} lets through; anything else goes on to the engine's users
 * ({@link EngineUserAuthenticationProvider}), which refuses it, counts the failure and
 * makes the client wait like any other failed login.
 */
final class MetricsScraperLogin implements AuthenticationProvider {

	/** The authority of the scraper, which no engine group has. */
	static final String METRICS_SCRAPER = "opencall-metrics-scraper";

	private final String username;

	private final byte[] password;

	private final LoginThrottle throttle;

	MetricsScraperLogin(String username, String password, LoginThrottle throttle) {
		boolean configured = username != null && !username.isBlank() && password != null && !password.isEmpty();
		this.username = configured ? username : null;
		this.password = configured ? password.getBytes(StandardCharsets.UTF_8) : null;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (this.username == null || !this.username.equals(authentication.getName())) {
			return null;
		}
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (client == null || !this.throttle.waitBefore(client, this.username).isZero()) {
			return null;
		}
		Object credentials = authentication.getCredentials();
		byte[] given = (credentials != null) ? credentials.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(this.password, given)) {
			return null;
		}
		this.throttle.succeeded(client, this.username);
		return UsernamePasswordAuthenticationToken.authenticated(this.username, null,
				List.of(new SimpleGrantedAuthority(METRICS_SCRAPER)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
