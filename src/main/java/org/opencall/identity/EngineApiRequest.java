package org.opencall.identity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine REST API ({@code /engine-rest}) or to the Camunda webapps' APIs
 * ({@code /camunda/api/…}, whose {@code engine} part is the same REST API), reduced to
 * what the access rules need: which API, the method and the path within it.
 */
record EngineApiRequest(Api api, String method, String path) {

	private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");

	private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/([^/]+)(/.*)?$");

	private static final Pattern TASK_ACTION = Pattern.compile("^/task/([^/]+)/([a-z-]+(?:/create)?)$");

	private static final Pattern OWN_USER = Pattern.compile("^/user/([^/]+)/(profile|credentials)$");

	/**
	 * Queries the engine REST API takes as POST because their criteria do not fit a URL;
	 * they read and change nothing.
	 */
	private static final Pattern ENGINE_QUERY = Pattern.compile("^/(?:(?:task|process-instance|execution"
			+ "|variable-instance|job|external-task|case-instance|case-execution)(?:/count)?"
			+ "|history/(?:process-instance|activity-instance|task|variable-instance|detail|decision-instance"
			+ "|incident|job-log|external-task-log|user-operation|identity-link-log|case-instance"
			+ "|case-activity-instance)(?:/count)?|filter/[^/]+/(?:list|count|singleResult))$");

	private static final Pattern IDENTITY = Pattern.compile("^/(?:user|group|tenant)(?:/.*)?$");

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	enum Api {

		/**
		 * The engine REST API, under {@code /engine-rest} or the webapps'
		 * {@code api/engine}.
		 */
		ENGINE,
		/** The webapps' plugin APIs (Cockpit, Tasklist, Admin, Welcome): queries. */
		PLUGIN,
		/** The webapps' own log-in and log-out. */
		WEBAPP_AUTH,
		/** Anything else of the webapps (e.g. the first-run set-up). */
		WEBAPP_OTHER

	}

	static EngineApiRequest of(String method, String path) {
		Matcher engine = ENGINE_REST.matcher(path);
		if (!engine.matches()) {
			engine = WEBAPP_ENGINE.matcher(path);
		}
		if (engine.matches()) {
			return new EngineApiRequest(Api.ENGINE, method, (engine.group(1) != null) ? engine.group(1) : "/");
		}
		Matcher webapp = WEBAPP_API.matcher(path);
		String app = webapp.matches() ? webapp.group(1) : "";
		String rest = (webapp.matches() && webapp.group(2) != null) ? webapp.group(2) : "/";
		if ("admin".equals(app) && rest.startsWith("/auth/")) {
			return new EngineApiRequest(Api.WEBAPP_AUTH, method, rest);
		}
		if (rest.startsWith("/plugin/")) {
			return new EngineApiRequest(Api.PLUGIN, method, "/" + app + rest);
		}
		return new EngineApiRequest(Api.WEBAPP_OTHER, method, "/" + app + rest);
	}

	boolean reads() {
		return READING.contains(this.method);
	}

	boolean isEngineQuery() {
		return this.api == Api.ENGINE && "POST".equals(this.method) && ENGINE_QUERY.matcher(this.path).matches();
	}

	/** Installation-wide figures: engine metrics, telemetry and statistics. */
	boolean readsFigures() {
		return this.path.startsWith("/metrics") || this.path.startsWith("/telemetry")
				|| this.path.contains("/statistics") || (this.api == Api.PLUGIN && this.path.startsWith("/admin/"));
	}

	/**
	 * The task this request acts on, with the action ({@code complete}, {@code claim} …).
	 */
	TaskAction taskAction() {
		Matcher matcher = TASK_ACTION.matcher(this.path);
		return (this.api == Api.ENGINE && "POST".equals(this.method) && matcher.matches())
				? new TaskAction(matcher.group(1), matcher.group(2)) : null;
	}

	/** The user whose own profile or password this request changes. */
	OwnUserChange ownUserChange() {
		Matcher matcher = OWN_USER.matcher(this.path);
		return (this.api == Api.ENGINE && "PUT".equals(this.method) && matcher.matches())
				? new OwnUserChange(matcher.group(1), "profile".equals(matcher.group(2))) : null;
	}

	/** Creates a user (with the profile in the body). */
	boolean createsUser() {
		return this.api == Api.ENGINE && "POST".equals(this.method) && "/user/create".equals(this.path);
	}

	/**
	 * Changes who is who — users, passwords, groups, memberships, tenants — or sets up
	 * the first administrator.
	 */
	boolean changesIdentity() {
		return !reads() && ((this.api == Api.ENGINE && IDENTITY.matcher(this.path).matches())
				|| (this.api == Api.WEBAPP_OTHER && this.path.startsWith("/admin/setup/")));
	}

	boolean isLogout() {
		return this.api == Api.WEBAPP_AUTH && this.path.matches("^/auth/user/[^/]+/logout$");
	}

	record TaskAction(String taskId, String action) {
	}

	record OwnUserChange(String userId, boolean profile) {
	}

}
