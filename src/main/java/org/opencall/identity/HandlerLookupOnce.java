package org.opencall.identity;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * One lookup of a request's Spring MVC handler per request, not two. Spring Security puts
 * a filter before its chain that looks up, on every request, the handler the request goes
 * to, and keeps it for its MVC request matchers. Opencall's rules match path patterns
 * ({@link SecurityConfiguration#pathPatternRequestMatchers()}), so no rule reads that
 * lookup, and it cost as much as the dispatcher's own: every mapping with a path variable
 * is tried in turn. The introspector this replaces keeps answering what asks it directly
 * (the privilege check of error pages); only its per-request filter passes the request on
 * without a lookup.
 */
final class HandlerLookupOnce implements BeanPostProcessor, ApplicationContextAware {

	/** The name Spring MVC gives its introspector, and Spring Security looks up. */
	static final String INTROSPECTOR = "mvcHandlerMappingIntrospector";

	private ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String name) {
		if (!INTROSPECTOR.equals(name) || bean.getClass() != HandlerMappingIntrospector.class) {
			return bean;
		}
		WithoutCacheFilter introspector = new WithoutCacheFilter();
		introspector.setApplicationContext(this.context);
		return introspector;
	}

	/** The introspector whose per-request cache filter only passes the request on. */
	static final class WithoutCacheFilter extends HandlerMappingIntrospector {

		@Override
		public Filter createCacheFilter() {
			return (request, response, chain) -> chain.doFilter(request, response);
		}

	}

}
