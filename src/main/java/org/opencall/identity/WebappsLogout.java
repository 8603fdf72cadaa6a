package org.opencall.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log-out: logging out in Tasklist, Cockpit or Admin logs out of Opencall too. The
 * webapps' own log-out only forgets their copy of the login, which single sign-on would
 * give back on their next request; once the webapps have accepted it (their CSRF check
 * passed), the Opencall session ends as well. Logging out of Opencall ends the session
 * the webapps keep their login in, so the other way needs nothing.
 */
class WebappsLogout extends OncePerRequestFilter {

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !EngineApiRequest
			.of(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()))
			.isLogout();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() < 400) {
			this.logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		}
	}

}
