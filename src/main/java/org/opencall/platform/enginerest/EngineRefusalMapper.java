package org.opencall.platform.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencall.platform.DatabaseUnavailable;

/**
 * Answers every failure of the engine REST API and the webapps' APIs as problem details
 * in words (see {@link EngineRefusal}), with {@code message} as Camunda's clients read
 * it. Replaces Camunda's own exception handlers, which answer 500 for a refusal raised by
 * a task listener and name Java classes.
 */
@Provider
public class EngineRefusalMapper implements ExceptionMapper<Throwable> {

	private static final Logger log = LoggerFactory.getLogger(EngineRefusalMapper.class);

	@Override
	public Response toResponse(Throwable failure) {
		EngineRefusal refusal = EngineRefusal.of(failure);
		if (refusal.status() == 503) {
			DatabaseUnavailable.log("An engine API request", failure);
		}
		else if (refusal.status() >= 500) {
			log.error("Engine API request failed", failure);
		}
		else {
			log.debug("Engine API request refused: {}", refusal.message(), failure);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", refusal.type());
		body.put("title", refusal.type());
		body.put("status", refusal.status());
		body.put("message", refusal.message());
		body.put("detail", refusal.message());
		if (!refusal.errors().isEmpty()) {
			body.put("errors", refusal.errors());
		}
		Response.ResponseBuilder response = Response.status(refusal.status())
			.type(MediaType.APPLICATION_JSON_TYPE)
			.entity(body);
		if (refusal.status() == 503) {
			response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
		}
		return response.build();
	}

}
