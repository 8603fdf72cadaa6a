package org.opencall.platform.enginerest;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * Swaps Camunda's exception handlers of a JAX-RS application for
 * {@link EngineRefusalMapper}.
 */
final class EngineRestHandlers {

	private static final Set<Class<?>> CAMUNDA_HANDLERS = Set.of(ExceptionHandler.class,
			ProcessEngineExceptionHandler.class, RestExceptionHandler.class, JsonMappingExceptionHandler.class,
			JsonParseExceptionHandler.class);

	private EngineRestHandlers() {
	}

	/**
	 * Jersey's JSON support without its own exception mappers, which would answer a
	 * malformed body in plain text naming Java types; registered, it keeps Jersey from
	 * discovering the default one.
	 */
	static Set<Object> json() {
		return Set.of(JacksonFeature.withoutExceptionMappers());
	}

	static Set<Class<?>> replaced(Set<Class<?>> classes) {
		Set<Class<?>> replaced = new HashSet<>(classes);
		replaced.removeAll(CAMUNDA_HANDLERS);
		replaced.add(EngineRefusalMapper.class);
		return replaced;
	}

}
