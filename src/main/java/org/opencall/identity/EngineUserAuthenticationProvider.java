package org.opencall.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against the engine's identity service, so that one user store serves
 * the application, the webapps and the REST API. A user's authorities are their engine
 * groups.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final Directory directory;

	EngineUserAuthenticationProvider(IdentityService identityService, Directory directory) {
		this.identityService = identityService;
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || credentials == null
				|| !this.identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		List<SimpleGrantedAuthority> authorities = this.directory.groupsOf(userId)
			.stream()
			.sorted()
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
