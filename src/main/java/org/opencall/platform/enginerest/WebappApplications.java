package org.opencall.platform.enginerest;

import java.util.Set;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;

/**
 * The Camunda webapps' JAX-RS applications with {@link EngineRefusalMapper} in place of
 * Camunda's exception handlers.
 */
final class WebappApplications {

	private WebappApplications() {
	}

	/** The engine REST API as the webapps use it ({@code /camunda/api/engine}). */
	public static class Engine extends EngineRestApplication {

		@Override
		public Set<Class<?>> getClasses() {
			return EngineRestHandlers.replaced(super.getClasses());
		}

		@Override
		public Set<Object> getSingletons() {
			return EngineRestHandlers.json();
		}

	}

	public static class Cockpit extends CockpitApplication {

		@Override
		public Set<Class<?>> getClasses() {
			return EngineRestHandlers.replaced(super.getClasses());
		}

		@Override
		public Set<Object> getSingletons() {
			return EngineRestHandlers.json();
		}

	}

	public static class Admin extends AdminApplication {

		@Override
		public Set<Class<?>> getClasses() {
			return EngineRestHandlers.replaced(super.getClasses());
		}

		@Override
		public Set<Object> getSingletons() {
			return EngineRestHandlers.json();
		}

	}

	public static class Tasklist extends TasklistApplication {

		@Override
		public Set<Class<?>> getClasses() {
			return EngineRestHandlers.replaced(super.getClasses());
		}

		@Override
		public Set<Object> getSingletons() {
			return EngineRestHandlers.json();
		}

	}

	public static class Welcome extends WelcomeApplication {

		@Override
		public Set<Class<?>> getClasses() {
			return EngineRestHandlers.replaced(super.getClasses());
		}

		@Override
		public Set<Object> getSingletons() {
			return EngineRestHandlers.json();
		}

	}

}
