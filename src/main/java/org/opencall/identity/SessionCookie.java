package org.opencall.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie that names a login held in the database (Spring Session JDBC), so that every
 * node behind a load balancer knows it: HttpOnly and SameSite=Lax always; Secure when
 * {@code opencall.secure-cookies} says the application is reached over HTTPS only, and
 * otherwise whenever the request itself came over HTTPS (directly or through a proxy
 * whose {@code X-Forwarded-Proto} is trusted). Spring Boot's own serializer would turn
 * that second case off as soon as {@code server.servlet.session.cookie.secure} is false.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String NAME = "SESSION";

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${opencall.secure-cookies:false}") boolean secureOnly) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		if (secureOnly) {
			cookie.setUseSecureCookie(true);
		}
		return cookie;
	}

}
