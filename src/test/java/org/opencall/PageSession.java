package org.opencall;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session on the server-rendered pages, without a browser: logs in through the
 * login form, keeps the session cookie, and sends forms with the CSRF token the pages
 * carry. Redirects are not followed, so that a test sees where a page sends the person.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String baseUrl;

	private String csrf;

	private PageSession(String baseUrl) {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.baseUrl = baseUrl;
	}

	/** Nobody logged in. */
	public static PageSession anonymous(int port) {
		return new PageSession("http://localhost:" + port);
	}

	/** A demo user (password {@code demo}) logged in through the login page. */
	public static PageSession of(String user, int port) {
		PageSession session = anonymous(port);
		if (user != null) {
			session.get("/login");
			HttpResponse<String> login = session.post("/login", Map.of("username", user, "password", "demo"));
			String location = login.headers().firstValue("Location").orElse("");
			if (login.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + location);
			}
		}
		return session;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		rememberCsrf(response.body());
		return response;
	}

	/**
	 * Posts a form with the CSRF token of the last page read (a page is read first if
	 * needed).
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		if (this.csrf == null) {
			get("/");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		rememberCsrf(response.body());
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void rememberCsrf(String page) {
		Matcher matcher = CSRF.matcher((page != null) ? page : "");
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
