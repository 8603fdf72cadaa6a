package org.opencall.platform.enginerest;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

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

	static Set<Class<?>> replaced(Set<Class<?>> classes) {
		Set<Class<?>> replaced = new HashSet<>(classes);
		replaced.removeAll(CAMUNDA_HANDLERS);
		replaced.add(EngineRefusalMapper.class);
		return replaced;
	}

}
