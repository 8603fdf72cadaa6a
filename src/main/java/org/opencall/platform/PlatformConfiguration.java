package org.opencall.platform;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

	/**
	 * The JSON API answers in JSON only. JasperReports reads its templates with Jackson's
	 * XML module, and on the class path that module would make Spring answer in XML
	 * whoever prefers it, a browser's Accept header among them.
	 */
	@Bean
	WebMvcConfigurer jsonNotXml() {
		return new WebMvcConfigurer() {
			@Override
			public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
				converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
			}
		};
	}

}
