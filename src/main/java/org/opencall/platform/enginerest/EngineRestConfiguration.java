package org.opencall.platform.enginerest;

import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.ApplicationPath;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
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

	private static final String JAXRS_APPLICATION = "jakarta.ws.rs.Application";

	@Bean
	CamundaJerseyResourceConfig engineRestResources() {
		return new EngineRestResources();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ServletContextInitializer webappApis(CamundaBpmProperties properties) {
		return (ServletContext servletContext) -> {
			String path = properties.getWebapp().getApplicationPath();
			Map.of("Engine Api", new Api(WebappApplications.Engine.class, "/api/engine/*"), "Cockpit Api",
					new Api(WebappApplications.Cockpit.class, "/api/cockpit/*"), "Admin Api",
					new Api(WebappApplications.Admin.class, "/api/admin/*"), "Tasklist Api",
					new Api(WebappApplications.Tasklist.class, "/api/tasklist/*"), "Welcome Api",
					new Api(WebappApplications.Welcome.class, "/api/welcome/*"))
				.forEach((name, api) -> {
					ServletRegistration.Dynamic servlet = servletContext.addServlet(name, ServletContainer.class);
					servlet.setInitParameter(JAXRS_APPLICATION, api.application().getName());
					servlet.addMapping(path + api.mapping());
				});
		};
	}

	private record Api(Class<?> application, String mapping) {
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
