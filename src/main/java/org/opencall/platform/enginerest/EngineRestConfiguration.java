package org.opencall.platform.enginerest;

import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Installs {@link EngineRefusalMapper} in the engine REST API ({@code /engine-rest}) and
 * in the webapps' APIs. The webapps' servlets are registered here under the names the
 * Camunda webapp initializer uses, before it runs, so that it keeps these.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

	@Bean
	CamundaJerseyResourceConfig engineRestResources() {
		return new EngineRestResources();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ServletContextInitializer webappApis(CamundaBpmProperties properties) {
		return (ServletContext servletContext) -> {
			String path = properties.getWebapp().getApplicationPath();
			Map.of("Engine Api", new Api(new EngineRestApplication(), "/api/engine/*"), "Cockpit Api",
					new Api(new CockpitApplication(), "/api/cockpit/*"), "Admin Api",
					new Api(new AdminApplication(), "/api/admin/*"), "Tasklist Api",
					new Api(new TasklistApplication(), "/api/tasklist/*"), "Welcome Api",
					new Api(new WelcomeApplication(), "/api/welcome/*"))
				.forEach(
						(name, api) -> servletContext
							.addServlet(name,
									new ServletContainer(
											ResourceConfig.forApplication(new WebappApplication(api.original()))))
							.addMapping(path + api.mapping()));
		};
	}

	private record Api(Application original, String mapping) {
	}

	/** {@code /engine-rest}: Camunda's resources with {@link EngineRefusalMapper}. */
	@ApplicationPath("/engine-rest")
	static class EngineRestResources extends CamundaJerseyResourceConfig {

		@Override
		protected void registerCamundaRestResources() {
			registerClasses(CamundaRestResources.getResourceClasses());
			registerClasses(EngineRestHandlers.replaced(CamundaRestResources.getConfigurationClasses()));
			EngineRestHandlers.json().forEach(this::register);
		}

	}

}
