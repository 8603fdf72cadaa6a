package org.opencall.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Spring Security's own refusals on the JSON and engine REST APIs as RFC 9457 problem
 * details, in words: no login (401), a throttled login (429 with {@code Retry-After}), a
 * missing role or CSRF token (403).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final boolean basicChallenge;

	private SecurityProblems(boolean basicChallenge) {
		this.basicChallenge = basicChallenge;
	}

	/** For callers that may log in on the page or send HTTP Basic credentials. */
	static SecurityProblems forApi() {
		return new SecurityProblems(false);
	}

	/** For callers that sent HTTP Basic credentials: a 401 asks for them again. */
	static SecurityProblems forBasic() {
		return new SecurityProblems(true);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "Too many failed logins",
					"Too many failed logins from your address or for this user name. Try again in "
							+ LoginThrottledException.inWords(throttled.retryAfterSeconds()) + ".");
			return;
		}
		if (this.basicChallenge) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Opencall\"");
			write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Login required",
					"Unknown user or wrong password.");
			return;
		}
		write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Login required",
				"Log in, or send HTTP Basic credentials.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException && !isLoggedIn()) {
			// without a login there is nothing to protect: the caller must log in first
			commence(request, response, new InsufficientAuthenticationException(ex.getMessage()));
			return;
		}
		if (ex instanceof CsrfException) {
			write(response, HttpStatus.FORBIDDEN, "csrf", "Request refused",
					"A request with a session cookie needs its CSRF token (the _csrf field of the page's form or"
							+ " the X-CSRF-TOKEN header), or HTTP Basic credentials instead of the cookie."
							+ " Nothing was changed.");
			return;
		}
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Action refused",
				"Your role does not allow this. Nothing was changed.");
	}

	private static boolean isLoggedIn() {
		Authentication user = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "/problems/" + type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
