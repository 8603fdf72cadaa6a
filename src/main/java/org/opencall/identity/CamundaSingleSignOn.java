package org.opencall.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user that Spring Security authenticated to the Camunda webapps and to the
 * engine REST API, so that one login serves all and the engine applies its authorizations
 * to that user and their groups.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

	private static final String PROVIDER_PARAMETER = "authentication-provider";

	// after Spring Security's filter chain (order -100), before the webapps' own filters
	private static final int AFTER_SPRING_SECURITY = 0;

	private static final int AFTER_ENGINE_AUTHENTICATION = 10;

	@Bean
	FilterRegistrationBean<Filter> webappsAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("opencall-webapps-authentication");
		registration.addInitParameter(PROVIDER_PARAMETER, ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	/**
	 * After the engine knows the user: what that user may change through the engine REST
	 * API and the webapps' APIs.
	 */
	@Bean
	FilterRegistrationBean<Filter> engineApiGuard(EngineApiTasks tasks, ObjectMapper json, RecentLogins recentLogins) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new EngineApiGuard(tasks, json, recentLogins));
		registration.setName("opencall-engine-api-guard");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(AFTER_ENGINE_AUTHENTICATION);
		return registration;
	}

	/** Logging out of a webapp logs out of Opencall too. */
	@Bean
	FilterRegistrationBean<Filter> webappsLogout() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappsLogout());
		registration.setName("opencall-webapps-logout");
		registration.addUrlPatterns("/camunda/api/admin/auth/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> engineRestAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("opencall-engine-rest-authentication");
		registration.addInitParameter(PROVIDER_PARAMETER, ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

}
