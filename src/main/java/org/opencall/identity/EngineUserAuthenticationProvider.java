package org.opencall.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against the engine's identity service, so that one user store serves
 * the application, the webapps and the REST API. A user's authorities are their engine
 * groups. Every login (the login page, HTTP Basic on the JSON API and on the engine REST
 * API) passes the {@link LoginThrottle} first; failures are logged with the user name and
 * the client's address, never the password.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

	private static final Logger LOG = LoggerFactory.getLogger(EngineUserAuthenticationProvider.class);

	private final Directory directory;

	private final LoginThrottle throttle;

	EngineUserAuthenticationProvider(Directory directory, LoginThrottle throttle) {
		this.directory = directory;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		String client = clientOf(authentication);
		Duration wait = this.throttle.waitBefore(client, userId);
		if (!wait.isZero()) {
			LoginThrottledException refusal = new LoginThrottledException(wait);
			LOG.warn("Login of user '{}' from {} refused for {} s after repeated failures", printable(userId), client,
					refusal.retryAfterSeconds());
			throw refusal;
		}
		Set<String> groups = (userId == null || credentials == null) ? null
				: this.directory.logIn(userId, credentials.toString()).orElse(null);
		if (groups == null) {
			this.throttle.failed(client, userId);
			LOG.warn("Failed login of user '{}' from {}", printable(userId), client);
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		this.throttle.succeeded(client, userId);
		List<SimpleGrantedAuthority> authorities = groups.stream().sorted().map(SimpleGrantedAuthority::new).toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "an unknown address";
	}

	/** A user name as typed, safe for a log line: no control characters, bounded. */
	private static String printable(String userId) {
		if (userId == null) {
			return "";
		}
		String bounded = (userId.length() > 64) ? userId.substring(0, 64) + "…" : userId;
		return bounded.replaceAll("\\p{Cntrl}", "?");
	}

}
