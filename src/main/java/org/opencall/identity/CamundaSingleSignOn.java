package org.opencall.identity;

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
