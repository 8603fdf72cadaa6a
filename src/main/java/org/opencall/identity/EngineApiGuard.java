package org.opencall.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencall.identity.EngineApiRequest.OwnUserChange;
import org.opencall.identity.EngineApiRequest.TaskAction;
import org.opencall.platform.FieldViolation;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Users reach the engine through its REST API and the webapps, and must not change
 * process data there on their own: only Opencall sets process variables and starts,
 * correlates and modifies instances. What a user may change through these APIs is the
 * work on their tasks — claim and unclaim for themselves, comment, complete with exactly
 * the fields of the task's form — and their own profile and password; everything else
 * that would write is refused, in words. Auditors change nothing; installation-wide
 * figures are for administrators and auditors; administrators are fully trusted (they can
 * deploy models, whose expressions run server code) but complete tasks by the same form
 * rules as everybody.
 */
class EngineApiGuard extends OncePerRequestFilter {

	private static final int MAX_BODY = 1024 * 1024;

	private final EngineApiTasks tasks;

	private final ObjectMapper json;

	private final RecentLogins recentLogins;

	EngineApiGuard(EngineApiTasks tasks, ObjectMapper json, RecentLogins recentLogins) {
		this.tasks = tasks;
		this.json = json;
		this.recentLogins = recentLogins;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		Caller caller = new Caller(authentication.getName(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet()));
		EngineApiRequest api = EngineApiRequest.of(request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()));
		if (api.reads()) {
			if (api.readsFigures() && !caller.readsEverything()) {
				refuse(response, 403, "Installation-wide figures are for administrators and auditors only.");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		CachedBodyRequest cached = CachedBodyRequest.of(request, MAX_BODY);
		if (cached == null) {
			refuse(response, 413, "The request is larger than the engine API accepts.");
			return;
		}
		String refusal = refusal(caller, api, cached, response);
		if (refusal == null) {
			try {
				chain.doFilter(cached, response);
			}
			finally {
				if (api.changesIdentity()) {
					// a password, a membership or a user changed: check every login again
					this.recentLogins.forgetAll();
				}
			}
		}
		else if (!refusal.isEmpty()) {
			refuse(response, 403, refusal);
		}
	}

	/**
	 * Why the caller may not make this change; {@code null} when they may, empty when the
	 * answer was written already.
	 */
	private String refusal(Caller caller, EngineApiRequest api, CachedBodyRequest request, HttpServletResponse response)
			throws IOException {
		TaskAction task = api.taskAction();
		boolean completes = task != null && ("complete".equals(task.action()) || "submit-form".equals(task.action()));
		if (completes && !caller.isAuditor()) {
			return completionRefusal(caller, task.taskId(), request, response);
		}
		OwnUserChange userChange = api.ownUserChange();
		if (caller.isAdmin()) {
			// trusted with every change, but a profile is checked like anybody's
			if (userChange != null && userChange.profile()) {
				return profileRefusal(userChange.userId(), body(request), response);
			}
			if (api.createsUser()) {
				JsonNode profile = body(request).path("profile");
				return profileRefusal(profile.path("id").asText(null), profile, response);
			}
			return null;
		}
		if (api.isEngineQuery() || api.isLogout()
				|| (api.api() == EngineApiRequest.Api.PLUGIN && "POST".equals(api.method()))) {
			return null;
		}
		if (userChange != null && userChange.userId().equals(caller.userId())) {
			if (!userChange.profile()) {
				// one's own password
				return null;
			}
			if (caller.isAuditor()) {
				return "Auditors read everything and change nothing.";
			}
			return profileRefusal(caller.userId(), body(request), response);
		}
		if (caller.isAuditor()) {
			return "Auditors read everything and change nothing.";
		}
		if (api.api() == EngineApiRequest.Api.WEBAPP_AUTH) {
			return "Log in and out at Opencall; the webapps share its login.";
		}
		if (task != null) {
			return taskActionRefusal(caller, task, request, response);
		}
		return "Only Opencall changes process data. Work on your tasks in Tasklist or in Opencall.";
	}

	private String taskActionRefusal(Caller caller, TaskAction task, CachedBodyRequest request,
			HttpServletResponse response) throws IOException {
		switch (task.action()) {
			case "claim" -> {
				String claimant = body(request).path("userId").asText("");
				if (!caller.userId().equals(claimant)) {
					return "You can claim a task only for yourself.";
				}
				return this.tasks.visibleTo(task.taskId(), caller.userId(), caller.groups()) ? null : noSuchTask();
			}
			case "unclaim" -> {
				if (!caller.userId().equals(this.tasks.assignee(task.taskId()))) {
					return "You can only give back a task you claimed.";
				}
				this.tasks.giveBack(task.taskId(), caller.userId(), caller.groups());
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				return "";
			}
			case "comment/create" -> {
				return this.tasks.visibleTo(task.taskId(), caller.userId(), caller.groups()) ? null : noSuchTask();
			}
			default -> {
				return "Only Opencall changes tasks: you may claim, give back, comment and complete yours.";
			}
		}
	}

	private String completionRefusal(Caller caller, String taskId, CachedBodyRequest request,
			HttpServletResponse response) throws IOException {
		if (!caller.isAdmin() && !this.tasks.visibleTo(taskId, caller.userId(), caller.groups())) {
			return noSuchTask();
		}
		Map<String, EngineApiTasks.Submitted> variables = new LinkedHashMap<>();
		body(request).path("variables").fields().forEachRemaining((field) -> {
			JsonNode value = field.getValue().path("value");
			variables.put(field.getKey(), new EngineApiTasks.Submitted(value.isMissingNode() ? null : value,
					field.getValue().path("type").asText(null)));
		});
		List<FieldViolation> refusals = this.tasks.completionRefusals(taskId, variables);
		if (refusals.isEmpty()) {
			return null;
		}
		invalid(response, refusals);
		return "";
	}

	/** Why this profile of the user may not be written; {@code null} when it may. */
	private String profileRefusal(String userId, JsonNode profile, HttpServletResponse response) throws IOException {
		List<FieldViolation> refusals = ProfileRules.refusals(userId, profile.path("id").asText(null),
				profile.path("firstName").asText(null), profile.path("lastName").asText(null),
				profile.path("email").asText(null));
		if (refusals.isEmpty()) {
			return null;
		}
		invalid(response, refusals);
		return "";
	}

	private JsonNode body(CachedBodyRequest request) throws IOException {
		if (request.body().length == 0) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(request.body());
		}
		catch (IOException ex) {
			return this.json.createObjectNode();
		}
	}

	private static String noSuchTask() {
		return "No such task for you.";
	}

	private void refuse(HttpServletResponse response, int status, String message) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (status == 413) ? "Too large" : "Forbidden");
		body.put("title", (status == 413) ? "Request too large" : "Not allowed");
		body.put("status", status);
		body.put("message", message);
		body.put("detail", message);
		write(response, status, body);
	}

	private void invalid(HttpServletResponse response, List<FieldViolation> refusals) throws IOException {
		String message = refusals.stream()
			.map((v) -> v.field() + ": " + v.reason())
			.collect(Collectors.joining("; ", "Refused: ", ". Nothing was changed."));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "Invalid input");
		body.put("title", "Invalid input");
		body.put("status", 400);
		body.put("message", message);
		body.put("detail", message);
		body.put("errors", refusals);
		write(response, 400, body);
	}

	private void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

	/** Who calls, with the groups that decide what they may change. */
	private record Caller(String userId, Set<String> groups) {

		boolean isAdmin() {
			return this.groups.contains(Roles.ADMINS)
					|| this.groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
		}

		boolean isAuditor() {
			return this.groups.contains(Roles.AUDITORS) && !isAdmin();
		}

		boolean readsEverything() {
			return isAdmin() || this.groups.contains(Roles.AUDITORS);
		}

	}

}
