package org.opencall.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API ({@code /api/**}) described with OpenAPI for its users, at
 * {@code /v3/api-docs} and on the Swagger UI page: how to log in, and the RFC 9457
 * problem details every refusal answers, added to each operation where it can occur — 400
 * when the operation takes input, 401 and 403 everywhere (a wrong password answers 401
 * even where no login is needed), 404 when a path names something, 409 when the operation
 * changes something, 422 when it takes an {@code Idempotency-Key}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String BASIC = "basic";

	@Bean
	OpenAPI opencallApi() {
		return new OpenAPI().info(new Info().title("Opencall JSON API").version("v1").description("""
				Open innovation calls: needs, calls, proposals, experts, evaluation, selection, \
				grants, pilots, reports and the audit trail. Send your Opencall login with every \
				request as HTTP Basic (no session, no CSRF token); a browser logged in on the \
				login page may read with its session, and needs the page's CSRF token to change \
				anything. Every refusal is an RFC 9457 problem (application/problem+json) that \
				names each refused field and why under `errors`."""))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Your Opencall user name and password"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return (api) -> {
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			if (api.getTags() != null) {
				api.getTags().forEach((tag) -> tag.setName(tagName(tag.getName())));
			}
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				if (operation.getTags() != null) {
					operation.setTags(operation.getTags().stream().map(ApiDescription::tagName).toList());
				}
				Map<String, String> problems = problemsOf(method, operation);
				ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
						: new ApiResponses();
				problems.forEach((status, description) -> {
					if (!responses.containsKey(status)) {
						responses.addApiResponse(status, problemResponse(description));
					}
				});
				operation.setResponses(responses);
			}));
		};
	}

	/**
	 * A controller's tag in the words of its subject: {@code submission-api-controller} →
	 * {@code submission}.
	 */
	static String tagName(String tag) {
		return tag.replaceFirst("-api-controller$", "").replaceFirst("-controller$", "");
	}

	/** The refusals an operation can answer, by status. */
	static Map<String, String> problemsOf(PathItem.HttpMethod method, Operation operation) {
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		boolean takesInput = operation.getRequestBody() != null || !parameters.isEmpty();
		boolean namesSomething = parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()));
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		boolean idempotent = parameters.stream()
			.anyMatch((parameter) -> "header".equals(parameter.getIn())
					&& "Idempotency-Key".equalsIgnoreCase(parameter.getName()));
		Map<String, String> problems = new LinkedHashMap<>();
		if (takesInput) {
			problems.put("400", "Invalid input: each refused field with its reason under errors; nothing was changed");
		}
		problems.put("401", "No login, or an unknown user or wrong password");
		problems.put("403", "Your role does not allow this; nothing was changed");
		if (namesSomething) {
			problems.put("404", "Not found, or not yours to see");
		}
		if (changes) {
			problems.put("409", "The state of what this acts on refuses it (e.g. past a deadline, already decided)");
		}
		if (idempotent) {
			problems.put("422", "The Idempotency-Key was used before with another proposal or other content");
		}
		return problems;
	}

	private static ApiResponse problemResponse(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().example("deadline"))
			.addProperty("reason", new StringSchema().example("must be after the opening"));
		return new ObjectSchema().description("An RFC 9457 problem, in words")
			.addProperty("type", new StringSchema().example("/problems/invalid-input"))
			.addProperty("title", new StringSchema().example("Invalid input"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().example("/api/calls"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("each refused field and why"))
			.addProperty("logId", new StringSchema().description("where the log tells more (500 only)"));
	}

}
