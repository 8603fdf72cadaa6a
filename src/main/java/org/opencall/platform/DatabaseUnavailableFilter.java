package org.opencall.platform;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database that cannot be reached outside a controller — while logging in, which reads
 * the user from the engine's identity tables, in the webapps' filters, while a page
 * renders — answers 503 too, not a 500 or a refused login: a problem body for the JSON
 * APIs, a page in words for pages (also when the session, kept in the database, cannot be
 * read or saved). Runs before every other filter so that it sees their failures; the
 * controllers' own are answered by {@link ProblemDetailsAdvice} and
 * {@link PageErrorsAdvice}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final String UNAVAILABLE_PAGE = """
			<!doctype html>
			<html lang="en"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Temporarily unavailable - Opencall</title></head>
			<body><main><h1>Temporarily unavailable</h1>
			<p>%s</p>
			</main></body></html>
			""".formatted(DatabaseUnavailable.MESSAGE);

	private final ObjectMapper json;

	DatabaseUnavailableFilter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.in(ex) || response.isCommitted()) {
				throw ex;
			}
			DatabaseUnavailable.log(request.getMethod() + " " + request.getRequestURI(), ex);
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			if (wantsJson(request)) {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.unavailable());
			}
			else {
				// written here, not through the error page: its dispatch would pass the
				// session store, in the same database, again
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
				response.getWriter().write(UNAVAILABLE_PAGE);
			}
		}
	}

	/**
	 * The JSON APIs (Opencall's, the engine's, the webapps'), or a caller asking for
	 * JSON.
	 */
	static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

}
