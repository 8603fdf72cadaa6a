package org.opencall.platform;

import java.time.Clock;

import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return new EngineAlignedClock();
	}

	/**
	 * The request is known to the whole of its handling, logging in included (Spring
	 * Security's filters run before the dispatcher servlet would set it): what is read
	 * once per request, such as a user's groups, is kept with the request.
	 */
	@Bean
	OrderedRequestContextFilter requestContextFilter() {
		return new OrderedRequestContextFilter();
	}

}
