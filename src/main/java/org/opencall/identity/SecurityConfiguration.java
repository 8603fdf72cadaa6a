package org.opencall.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Who may reach what. Public: the call pages and their JSON. The engine REST API: HTTP
 * Basic with the user's own credentials, no session. Everything else: a login, with CSRF
 * protection on forms.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
		return http.securityMatcher(antMatcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain application(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/calls/*/follow")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/registrations")
				.permitAll()
				.requestMatchers("/", "/calls", "/calls/**", "/login", "/register", "/css/**", "/favicon.ico", "/error",
						"/problems/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/calls", "/api/calls/*")
				.permitAll()
				.requestMatchers("/api/calls/*/followers")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/calls", "/api/calls/**")
				.hasAuthority(Roles.PROGRAMME_OFFICERS)
				.requestMatchers(HttpMethod.PUT, "/api/calls/**")
				.hasAuthority(Roles.PROGRAMME_OFFICERS)
				// auditors read the officers' pages and challenges; the pages show them
				// no forms
				.requestMatchers(HttpMethod.GET, "/officer/**", "/api/challenges/**")
				.hasAnyAuthority(Roles.PROGRAMME_OFFICERS, Roles.AUDITORS)
				.requestMatchers("/officer/**", "/api/challenges/**")
				.hasAuthority(Roles.PROGRAMME_OFFICERS)
				.requestMatchers("/needs/**")
				.hasAuthority(Roles.NEED_OWNERS)
				.requestMatchers("/submissions/**")
				.hasAuthority(Roles.APPLICANTS)
				.requestMatchers("/admin/**")
				.hasAuthority(Roles.ADMINS)
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.httpBasic(Customizer.withDefaults())
			// the Camunda webapps bring their own CSRF protection; Basic clients send no
			// cookie
			// registering through the API needs no session: nobody is logged in yet
			.csrf((csrf) -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"),
					antMatcher(HttpMethod.POST, "/api/registrations"),
					new RequestHeaderRequestMatcher("Authorization")))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(problemEntryPoint(),
					antMatcher("/api/**")))
			.build();
	}

	/** The JSON API answers an anonymous caller with a problem, not a login page. */
	private static AuthenticationEntryPoint problemEntryPoint() {
		return (request, response, ex) -> writeUnauthorized(response);
	}

	private static void writeUnauthorized(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"/problems/unauthenticated\",\"title\":\"Login required\",\"status\":401,"
					+ "\"detail\":\"Log in, or send HTTP Basic credentials.\"}");
	}

}
