package org.opencall;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person's session on the server-rendered pages, without a browser: logs in through the
 * login form, keeps the session cookie, and sends forms with the CSRF token the pages
 * carry. Redirects are not followed, so that a test sees where a page sends the person.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	private final String baseUrl;

	private String csrf;

	private PageSession(String baseUrl) {
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.baseUrl = baseUrl;
	}

	/** Nobody logged in. */
	public static PageSession anonymous(int port) {
		return new PageSession("http://127.0.0.1:" + port);
	}

	/** A demo user (password {@code demo}) logged in through the login page. */
	public static PageSession of(String user, int port) {
		return of(user, "demo", port);
	}

	/** A user logged in through the login page with their password. */
	public static PageSession of(String user, String password, int port) {
		PageSession session = anonymous(port);
		if (user != null) {
			session.get("/login");
			ResponseEntity<String> login = session.post("/login", Map.of("username", user, "password", password));
			String location = String.valueOf(login.getHeaders().getLocation());
			if (login.getStatusCode().value() != 302 || location.contains("error") || location.contains("throttled")) {
				throw new IllegalStateException(
						"Login of " + user + " failed: " + login.getStatusCode() + " " + location);
			}
			// a login renews the session's CSRF token
			session.get("/");
		}

		return session;
	}

	public ResponseEntity<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/**
	 * Posts a form with the CSRF token of the last page read (a page is read first if
	 * needed).
	 */
	public ResponseEntity<String> post(String path, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return post(path, form);
	}

	/** Posts a form whose fields may repeat, with the session's CSRF token. */
	public ResponseEntity<String> post(String path, MultiValueMap<String, String> fields) {
		if (this.csrf == null) {
			get("/");
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
		if (this.csrf != null) {
			form.set("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.flatMap((field) -> field.getValue().stream().map((value) -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Sends a request of any method with a body of any type (JSON, multipart…), with the
	 * session's CSRF token in {@code X-CSRF-TOKEN} and, once a webapp page has set it,
	 * the webapps' own token in {@code X-XSRF-TOKEN}.
	 */
	public ResponseEntity<String> exchange(String method, String path, String contentType, byte[] body) {
		if (this.csrf == null) {
			get("/");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.ifPresent((cookie) -> request.header("X-XSRF-TOKEN", cookie.getValue()));
		return send(request);
	}

	private ResponseEntity<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher((response.body() != null) ? response.body() : "");
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			HttpHeaders headers = new HttpHeaders();
			response.headers().map().forEach(headers::addAll);
			return new ResponseEntity<>(response.body(), headers, HttpStatusCode.valueOf(response.statusCode()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
