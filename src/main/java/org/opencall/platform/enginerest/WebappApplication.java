package org.opencall.platform.enginerest;

import java.util.Set;

import jakarta.ws.rs.core.Application;

/**
 * One of the Camunda webapps' JAX-RS applications with {@link EngineRefusalMapper} in
 * place of Camunda's exception handlers. Reads the original's classes only when Jersey
 * starts the servlet, after the webapps have registered their plugins.
 */
final class WebappApplication extends Application {

	private final Application original;

	WebappApplication(Application original) {
		this.original = original;
	}

	@Override
	public Set<Class<?>> getClasses() {
		return EngineRestHandlers.replaced(this.original.getClasses());
	}

	@Override
	public Set<Object> getSingletons() {
		return EngineRestHandlers.json();
	}

}
