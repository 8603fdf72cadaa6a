package org.opencall.identity;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Matches a request that would change something in Opencall (any method but GET, HEAD,
 * OPTIONS and TRACE) from a user whose roles only read: auditors read everything and
 * change nothing. The Camunda webapps and the engine REST API are left to the engine's
 * authorizations; logging in and out changes nothing.
 */
final class ReadOnlyUsers implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> READ_ONLY_ROLES = Set.of(Roles.AUDITORS);

	private static final Set<String> ROLES = Roles.ALL.stream().map(Roles.Role::groupId).collect(Collectors.toSet());

	private static final RequestMatcher NOT_OPENCALLS_OWN = new OrRequestMatcher(antMatcher("/camunda/**"),
			antMatcher("/engine-rest/**"), antMatcher("/login"), antMatcher("/logout"));

	@Override
	public boolean matches(HttpServletRequest request) {
		// judges the request as it came in, not the error page it is forwarded to
		if (request.getDispatcherType() != DispatcherType.REQUEST || SAFE_METHODS.contains(request.getMethod())
				|| NOT_OPENCALLS_OWN.matches(request)) {
			return false;
		}
		Authentication user = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		return user != null && user.isAuthenticated() && onlyReads(user);
	}

	/**
	 * Has a read-only role and no role that changes anything (programme groups aside).
	 */
	static boolean onlyReads(Authentication user) {
		Set<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(ROLES::contains)
			.collect(Collectors.toSet());
		return !roles.isEmpty() && READ_ONLY_ROLES.containsAll(roles);
	}

}
